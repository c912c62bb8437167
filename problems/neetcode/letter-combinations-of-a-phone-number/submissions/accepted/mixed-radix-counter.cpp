// Count from 0 to (product of key sizes) - 1 and read each number in mixed radix: digit k of
// the number picks the letter of digits[k].
class Solution {
public:
    vector<string> letterCombinations(string digits) {
        if (digits.empty()) return {};
        const vector<string> keys = {"", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"};
        int total = 1;
        for (char d : digits) total *= keys[d - '0'].size();
        vector<string> out;
        for (int x = 0; x < total; ++x) {
            string s(digits.size(), ' ');
            int rest = x;
            for (int k = (int)digits.size() - 1; k >= 0; --k) {
                const string& letters = keys[digits[k] - '0'];
                s[k] = letters[rest % letters.size()];
                rest /= letters.size();
            }
            out.push_back(s);
        }
        return out;
    }
};
