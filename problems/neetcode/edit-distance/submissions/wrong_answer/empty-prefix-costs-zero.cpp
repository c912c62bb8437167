// Classic mistake: base cases D[i][0] and D[0][j] left at 0, as if turning a prefix into "" were free.
class Solution {
public:
    int minDistance(string word1, string word2) {
        int n = word1.size(), m = word2.size();
        vector<vector<int>> D(n + 1, vector<int>(m + 1, 0));
        for (int i = 1; i <= n; ++i)
            for (int j = 1; j <= m; ++j)
                D[i][j] = word1[i - 1] == word2[j - 1] ? D[i - 1][j - 1]
                                                       : 1 + min({D[i - 1][j - 1], D[i - 1][j], D[i][j - 1]});
        return D[n][m];
    }
};
