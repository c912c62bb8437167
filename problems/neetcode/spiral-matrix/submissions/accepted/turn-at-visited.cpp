// Walk with a direction vector and a visited grid; turn clockwise on hitting a wall or a read cell.
class Solution {
public:
    vector<int> spiralOrder(vector<vector<int>>& matrix) {
        int m = matrix.size(), n = matrix[0].size();
        vector<vector<bool>> seen(m, vector<bool>(n, false));
        const int di[4] = {0, 1, 0, -1}, dj[4] = {1, 0, -1, 0};
        vector<int> out;
        int i = 0, j = 0, d = 0;
        for (int k = 0; k < m * n; ++k) {
            out.push_back(matrix[i][j]);
            seen[i][j] = true;
            int ni = i + di[d], nj = j + dj[d];
            if (ni < 0 || ni >= m || nj < 0 || nj >= n || seen[ni][nj]) {
                d = (d + 1) % 4;
                ni = i + di[d], nj = j + dj[d];
            }
            i = ni, j = nj;
        }
        return out;
    }
};
