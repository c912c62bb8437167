// Classic mistake: a starred element eats as many characters as it can and never gives any back.
class Solution {
public:
    bool isMatch(string s, string p) {
        int i = 0, j = 0, n = s.size(), m = p.size();
        while (j < m) {
            if (j + 1 < m && p[j + 1] == '*') {
                while (i < n && (p[j] == '.' || p[j] == s[i])) ++i;
                j += 2;
            } else {
                if (i == n || (p[j] != '.' && p[j] != s[i])) return false;
                ++i, ++j;
            }
        }
        return i == n;
    }
};
