// Classic mistake: wrong base case - only W[0][0] = 1, so matches of t[0] after the first letter of s count 0.
class Solution {
public:
    int numDistinct(string s, string t) {
        int n = s.size(), m = t.size();
        vector<vector<unsigned>> W(n + 1, vector<unsigned>(m + 1, 0));
        W[0][0] = 1;
        for (int i = 1; i <= n; ++i)
            for (int j = 1; j <= m; ++j)
                W[i][j] = W[i - 1][j] + (s[i - 1] == t[j - 1] ? W[i - 1][j - 1] : 0);
        return (int)W[n][m];
    }
};
