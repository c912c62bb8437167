// Classic mistake: succeeds as soon as the pattern is used up, even if part of s is left unmatched.
class Solution {
    bool match(const string& s, int i, const string& p, int j) {
        if (j == (int)p.size()) return true;
        bool first = i < (int)s.size() && (p[j] == '.' || p[j] == s[i]);
        if (j + 1 < (int)p.size() && p[j + 1] == '*')
            return match(s, i, p, j + 2) || (first && match(s, i + 1, p, j));
        return first && match(s, i + 1, p, j + 1);
    }
public:
    bool isMatch(string s, string p) { return match(s, 0, p, 0); }
};
