// Kahn-style peeling: repeatedly remove the cells with no larger neighbour left; the number of layers is the answer.
class Solution {
public:
    int longestIncreasingPath(vector<vector<int>>& matrix) {
        int m = matrix.size(), n = matrix[0].size();
        const int di[4] = {1, -1, 0, 0}, dj[4] = {0, 0, 1, -1};
        vector<vector<int>> out(m, vector<int>(n, 0));
        vector<pair<int, int>> layer;
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j) {
                for (int d = 0; d < 4; ++d) {
                    int x = i + di[d], y = j + dj[d];
                    if (x >= 0 && x < m && y >= 0 && y < n && matrix[x][y] > matrix[i][j]) ++out[i][j];
                }
                if (out[i][j] == 0) layer.push_back({i, j});
            }
        int layers = 0;
        while (!layer.empty()) {
            ++layers;
            vector<pair<int, int>> next;
            for (auto [i, j] : layer)
                for (int d = 0; d < 4; ++d) {
                    int x = i + di[d], y = j + dj[d];
                    if (x >= 0 && x < m && y >= 0 && y < n && matrix[x][y] < matrix[i][j] && --out[x][y] == 0)
                        next.push_back({x, y});
                }
            swap(layer, next);
        }
        return layers;
    }
};
