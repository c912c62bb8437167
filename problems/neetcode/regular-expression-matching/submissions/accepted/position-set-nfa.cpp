// Thompson-style simulation: keep the set of pattern positions reachable after each
// character of s (a starred element may be skipped for free).
class Solution {
public:
    bool isMatch(string s, string p) {
        vector<pair<char, bool>> tok;  // (letter or '.', starred)
        for (char c : p) {
            if (c == '*') tok.back().second = true;
            else tok.push_back({c, false});
        }
        int t = tok.size();
        auto close = [&](vector<char>& at) {  // skip starred elements, left to right
            for (int k = 0; k < t; ++k)
                if (at[k] && tok[k].second) at[k + 1] = true;
        };
        vector<char> cur(t + 1, false);
        cur[0] = true;
        close(cur);
        for (char ch : s) {
            vector<char> next(t + 1, false);
            for (int k = 0; k < t; ++k)
                if (cur[k] && (tok[k].first == '.' || tok[k].first == ch))
                    next[tok[k].second ? k : k + 1] = true;
            close(next);
            cur = next;
        }
        return cur[t];
    }
};
