// Classic mistake: only moves right and down, as in grid path problems, missing paths that turn up or left.
class Solution {
public:
    int longestIncreasingPath(vector<vector<int>>& matrix) {
        int m = matrix.size(), n = matrix[0].size(), ans = 0;
        vector<vector<int>> len(m, vector<int>(n, 1));
        for (int i = m - 1; i >= 0; --i)
            for (int j = n - 1; j >= 0; --j) {
                if (i + 1 < m && matrix[i + 1][j] > matrix[i][j]) len[i][j] = max(len[i][j], len[i + 1][j] + 1);
                if (j + 1 < n && matrix[i][j + 1] > matrix[i][j]) len[i][j] = max(len[i][j], len[i][j + 1] + 1);
                ans = max(ans, len[i][j]);
            }
        return ans;
    }
};
