// Brute force: tries all 2^(2n) bracket strings and keeps the balanced ones; 65536 strings at n = 8.
class Solution {
public:
    vector<string> generateParenthesis(int n) {
        vector<string> res;
        for (int mask = 0; mask < (1 << (2 * n)); ++mask) {
            string s;
            int bal = 0;
            for (int i = 0; i < 2 * n && bal >= 0; ++i) {
                bool open = mask >> i & 1;
                s += open ? '(' : ')';
                bal += open ? 1 : -1;
            }
            if (bal == 0 && (int)s.size() == 2 * n) res.push_back(s);
        }
        return res;
    }
};
