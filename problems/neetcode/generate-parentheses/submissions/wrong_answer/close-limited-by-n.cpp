// Classic mistake: allows ')' while fewer than n are used instead of while fewer than the '(' so far, producing strings like "())(".
class Solution {
    void build(string& cur, int open, int close, int n, vector<string>& res) {
        if ((int)cur.size() == 2 * n) { res.push_back(cur); return; }
        if (open < n) { cur.push_back('('); build(cur, open + 1, close, n, res); cur.pop_back(); }
        if (close < n) { cur.push_back(')'); build(cur, open, close + 1, n, res); cur.pop_back(); }
    }
public:
    vector<string> generateParenthesis(int n) {
        vector<string> res;
        string cur;
        build(cur, 0, 0, n, res);
        return res;
    }
};
