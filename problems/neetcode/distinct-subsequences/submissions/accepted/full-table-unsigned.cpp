// The full (|s|+1) x (|t|+1) table with unsigned long long entries (wrapping, well defined).
class Solution {
public:
    int numDistinct(string s, string t) {
        int n = s.size(), m = t.size();
        vector<vector<unsigned long long>> W(n + 1, vector<unsigned long long>(m + 1, 0));
        for (int i = 0; i <= n; ++i) W[i][0] = 1;
        for (int i = 1; i <= n; ++i)
            for (int j = 1; j <= m; ++j)
                W[i][j] = W[i - 1][j] + (s[i - 1] == t[j - 1] ? W[i - 1][j - 1] : 0);
        return (int)W[n][m];
    }
};
