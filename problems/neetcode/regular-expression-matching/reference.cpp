class Solution {
public:
    bool isMatch(string s, string p) {
        // ok[i][j]: s[i..] is matched by p[j..]. Filled from the ends backwards.
        int n = s.size(), m = p.size();
        vector<vector<char>> ok(n + 1, vector<char>(m + 1, false));
        ok[n][m] = true;
        for (int i = n; i >= 0; --i)
            for (int j = m - 1; j >= 0; --j) {
                bool first = i < n && (p[j] == '.' || p[j] == s[i]);
                if (j + 1 < m && p[j + 1] == '*')
                    ok[i][j] = ok[i][j + 2] || (first && ok[i + 1][j]);
                else
                    ok[i][j] = first && ok[i + 1][j + 1];
            }
        return ok[0][0];
    }
};
