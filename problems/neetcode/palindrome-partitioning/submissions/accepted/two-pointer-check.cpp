// Backtracking that checks each candidate piece with two pointers, no precomputed table.
class Solution {
public:
    vector<vector<string>> partition(string s) {
        vector<vector<string>> out;
        vector<string> cur;
        go(s, 0, cur, out);
        return out;
    }

private:
    static bool isPal(const string& s, int i, int j) {
        while (i < j)
            if (s[i++] != s[j--]) return false;
        return true;
    }
    void go(const string& s, int start, vector<string>& cur, vector<vector<string>>& out) {
        if (start == (int)s.size()) {
            out.push_back(cur);
            return;
        }
        for (int end = start; end < (int)s.size(); ++end)
            if (isPal(s, start, end)) {
                cur.push_back(s.substr(start, end - start + 1));
                go(s, end + 1, cur, out);
                cur.pop_back();
            }
    }
};
