// Classic mistake: once s is used up, answers "does p end here too?", forgetting that a tail
// like "c*d*" still matches the empty string.
class Solution {
    bool match(const string& s, int i, const string& p, int j) {
        if (i == (int)s.size()) return j == (int)p.size();
        if (j == (int)p.size()) return false;
        bool first = p[j] == '.' || p[j] == s[i];
        if (j + 1 < (int)p.size() && p[j + 1] == '*')
            return match(s, i, p, j + 2) || (first && match(s, i + 1, p, j));
        return first && match(s, i + 1, p, j + 1);
    }
public:
    bool isMatch(string s, string p) { return match(s, 0, p, 0); }
};
