// Classic mistake: builds n pairs from n-1 pairs only by wrapping or putting "()" before/after, which misses strings like "(())(())".
class Solution {
public:
    vector<string> generateParenthesis(int n) {
        set<string> cur = {"()"};
        for (int k = 2; k <= n; ++k) {
            set<string> next;
            for (const string& s : cur) {
                next.insert("(" + s + ")");
                next.insert("()" + s);
                next.insert(s + "()");
            }
            cur = next;
        }
        return vector<string>(cur.begin(), cur.end());
    }
};
