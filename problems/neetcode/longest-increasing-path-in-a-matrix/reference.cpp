class Solution {
    int m = 0, n = 0;
    vector<vector<int>> memo;  // longest increasing path starting at the cell; 0 = not computed
    int best(const vector<vector<int>>& a, int i, int j) {
        if (memo[i][j]) return memo[i][j];
        static const int di[4] = {1, -1, 0, 0}, dj[4] = {0, 0, 1, -1};
        int r = 1;
        for (int d = 0; d < 4; ++d) {
            int x = i + di[d], y = j + dj[d];
            if (x >= 0 && x < m && y >= 0 && y < n && a[x][y] > a[i][j]) r = max(r, 1 + best(a, x, y));
        }
        return memo[i][j] = r;
    }
public:
    int longestIncreasingPath(vector<vector<int>>& matrix) {
        m = matrix.size(), n = matrix[0].size();
        memo.assign(m, vector<int>(n, 0));
        int ans = 0;
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j) ans = max(ans, best(matrix, i, j));
        return ans;
    }
};
