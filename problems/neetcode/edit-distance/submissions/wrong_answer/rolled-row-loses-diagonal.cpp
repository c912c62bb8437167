// Classic mistake: the one-row version reads row[j-1] as the diagonal after it was already overwritten.
class Solution {
public:
    int minDistance(string word1, string word2) {
        int n = word1.size(), m = word2.size();
        vector<int> row(m + 1);
        iota(row.begin(), row.end(), 0);
        for (int i = 1; i <= n; ++i) {
            row[0] = i;
            for (int j = 1; j <= m; ++j)
                row[j] = word1[i - 1] == word2[j - 1] ? row[j - 1] : 1 + min({row[j - 1], row[j]});
        }
        return row[m];
    }
};
