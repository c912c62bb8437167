// Classic mistake: lets the path step onto an equal value (>= instead of >), so plateaus count as increasing.
class Solution {
public:
    int longestIncreasingPath(vector<vector<int>>& matrix) {
        int m = matrix.size(), n = matrix[0].size();
        vector<int> order(m * n);
        iota(order.begin(), order.end(), 0);
        stable_sort(order.begin(), order.end(), [&](int p, int q) { return matrix[p / n][p % n] > matrix[q / n][q % n]; });
        vector<int> len(m * n, 1);
        vector<char> done(m * n, 0);
        const int di[4] = {1, -1, 0, 0}, dj[4] = {0, 0, 1, -1};
        int ans = 0;
        for (int c : order) {
            int i = c / n, j = c % n;
            for (int d = 0; d < 4; ++d) {
                int x = i + di[d], y = j + dj[d];
                if (x >= 0 && x < m && y >= 0 && y < n && done[x * n + y] && matrix[x][y] >= matrix[i][j])
                    len[c] = max(len[c], len[x * n + y] + 1);
            }
            done[c] = 1;
            ans = max(ans, len[c]);
        }
        return ans;
    }
};
