// Classic mistake: computes a key's letters as 'a' + 3 * (digit - 2) .. +2, as if every key had
// three letters; keys 7, 8 and 9 get the wrong letters ("pqr", "stu", "vwx").
class Solution {
public:
    vector<string> letterCombinations(string digits) {
        vector<string> out;
        if (digits.empty()) return out;
        string cur;
        go(digits, 0, cur, out);
        return out;
    }

private:
    void go(const string& digits, size_t k, string& cur, vector<string>& out) {
        if (k == digits.size()) {
            out.push_back(cur);
            return;
        }
        char first = 'a' + 3 * (digits[k] - '2');
        for (char ch = first; ch < first + 3; ++ch) {
            cur.push_back(ch);
            go(digits, k + 1, cur, out);
            cur.pop_back();
        }
    }
};
