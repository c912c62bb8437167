// The whole (n+1) x (m+1) table, filled row by row.
class Solution {
public:
    int minDistance(string word1, string word2) {
        int n = word1.size(), m = word2.size();
        vector<vector<int>> D(n + 1, vector<int>(m + 1));
        for (int i = 0; i <= n; ++i) D[i][0] = i;
        for (int j = 0; j <= m; ++j) D[0][j] = j;
        for (int i = 1; i <= n; ++i)
            for (int j = 1; j <= m; ++j)
                D[i][j] = word1[i - 1] == word2[j - 1] ? D[i - 1][j - 1]
                                                       : 1 + min({D[i - 1][j - 1], D[i - 1][j], D[i][j - 1]});
        return D[n][m];
    }
};
