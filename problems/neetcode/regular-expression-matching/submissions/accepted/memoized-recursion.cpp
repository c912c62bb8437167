// Top-down: match(i, j) with a memo over the (|s|+1) x (|p|+1) states.
class Solution {
    string s, p;
    vector<vector<int>> memo;  // -1 unknown, 0 false, 1 true
    bool match(int i, int j) {
        if (j == (int)p.size()) return i == (int)s.size();
        int& m = memo[i][j];
        if (m >= 0) return m;
        bool first = i < (int)s.size() && (p[j] == '.' || p[j] == s[i]);
        bool r;
        if (j + 1 < (int)p.size() && p[j + 1] == '*')
            r = match(i, j + 2) || (first && match(i + 1, j));
        else
            r = first && match(i + 1, j + 1);
        m = r;
        return r;
    }
public:
    bool isMatch(string s, string p) {
        this->s = s, this->p = p;
        memo.assign(s.size() + 1, vector<int>(p.size() + 1, -1));
        return match(0, 0);
    }
};
