// Classic mistake: appends a letter to the shared prefix but never removes it after the
// recursive call, so later strings keep the letters of earlier branches.
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
        static const string keys[10] = {"", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"};
        if (k == digits.size()) {
            out.push_back(cur);
            return;
        }
        for (char ch : keys[digits[k] - '0']) {
            cur.push_back(ch);
            go(digits, k + 1, cur, out);
        }
    }
};
