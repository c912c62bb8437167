// Classic mistake: the starred branch compares the letters directly and forgets that ".*"
// repeats '.', so ".*" only matches runs of a literal dot.
class Solution {
public:
    bool isMatch(string s, string p) {
        int n = s.size(), m = p.size();
        vector<vector<char>> ok(n + 1, vector<char>(m + 1, false));
        ok[n][m] = true;
        for (int i = n; i >= 0; --i)
            for (int j = m - 1; j >= 0; --j) {
                if (j + 1 < m && p[j + 1] == '*') {
                    bool same = i < n && p[j] == s[i];
                    ok[i][j] = ok[i][j + 2] || (same && ok[i + 1][j]);
                } else {
                    bool first = i < n && (p[j] == '.' || p[j] == s[i]);
                    ok[i][j] = first && ok[i + 1][j + 1];
                }
            }
        return ok[0][0];
    }
};
