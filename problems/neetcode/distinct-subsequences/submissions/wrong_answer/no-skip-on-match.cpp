// Classic mistake: when s[i-1] == t[j-1] it always uses the character, forgetting it may also be skipped.
class Solution {
public:
    int numDistinct(string s, string t) {
        int n = s.size(), m = t.size();
        vector<vector<unsigned>> W(n + 1, vector<unsigned>(m + 1, 0));
        for (int i = 0; i <= n; ++i) W[i][0] = 1;
        for (int i = 1; i <= n; ++i)
            for (int j = 1; j <= m; ++j)
                W[i][j] = s[i - 1] == t[j - 1] ? W[i - 1][j - 1] : W[i - 1][j];
        return (int)W[n][m];
    }
};
