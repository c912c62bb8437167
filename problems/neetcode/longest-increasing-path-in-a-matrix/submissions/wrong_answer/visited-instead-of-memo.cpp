// Classic mistake: a global visited mark (as in flood fill) instead of a memo of lengths, so a cell reached
// once is never used again by a later, longer path.
class Solution {
    int m = 0, n = 0;
    vector<vector<char>> seen;
    int dfs(const vector<vector<int>>& a, int i, int j) {
        seen[i][j] = 1;
        static const int di[4] = {1, -1, 0, 0}, dj[4] = {0, 0, 1, -1};
        int r = 1;
        for (int d = 0; d < 4; ++d) {
            int x = i + di[d], y = j + dj[d];
            if (x >= 0 && x < m && y >= 0 && y < n && !seen[x][y] && a[x][y] > a[i][j]) r = max(r, 1 + dfs(a, x, y));
        }
        return r;
    }
public:
    int longestIncreasingPath(vector<vector<int>>& matrix) {
        m = matrix.size(), n = matrix[0].size();
        seen.assign(m, vector<char>(n, 0));
        int ans = 0;
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j)
                if (!seen[i][j]) ans = max(ans, dfs(matrix, i, j));
        return ans;
    }
};
