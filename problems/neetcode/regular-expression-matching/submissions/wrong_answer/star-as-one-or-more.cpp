// Classic mistake: treats x* as "one or more x", so a starred element can never be skipped.
class Solution {
    bool match(const string& s, int i, const string& p, int j) {
        if (j == (int)p.size()) return i == (int)s.size();
        bool first = i < (int)s.size() && (p[j] == '.' || p[j] == s[i]);
        if (j + 1 < (int)p.size() && p[j + 1] == '*')
            return first && (match(s, i + 1, p, j) || match(s, i + 1, p, j + 2));
        return first && match(s, i + 1, p, j + 1);
    }
public:
    bool isMatch(string s, string p) { return match(s, 0, p, 0); }
};
