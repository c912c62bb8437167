class Solution {
public:
    int minDistance(string word1, string word2) {
        // row[j] = edit distance between the current prefix of word1 and word2[0..j).
        int n = word1.size(), m = word2.size();
        vector<int> row(m + 1);
        iota(row.begin(), row.end(), 0);
        for (int i = 1; i <= n; ++i) {
            int diag = row[0];  // D[i-1][j-1]
            row[0] = i;
            for (int j = 1; j <= m; ++j) {
                int up = row[j];  // D[i-1][j]
                row[j] = word1[i - 1] == word2[j - 1] ? diag : 1 + min({diag, up, row[j - 1]});
                diag = up;
            }
        }
        return row[m];
    }
};
