// Classic mistake: forgets to remove the last piece after the recursive call, so pieces of
// earlier branches stay in the current partition.
class Solution {
public:
    vector<vector<string>> partition(string s) {
        vector<vector<string>> out;
        vector<string> cur;
        go(s, 0, cur, out);
        return out;
    }

private:
    void go(const string& s, int start, vector<string>& cur, vector<vector<string>>& out) {
        if (start == (int)s.size()) {
            out.push_back(cur);
            return;
        }
        for (int end = start; end < (int)s.size(); ++end) {
            string piece = s.substr(start, end - start + 1);
            if (equal(piece.begin(), piece.end(), piece.rbegin())) {
                cur.push_back(piece);
                go(s, end + 1, cur, out);
            }
        }
    }
};
