class Solution {
public:
    vector<string> letterCombinations(string digits) {
        if (digits.empty()) return {};
        static const string keys[10] = {"", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"};
        vector<string> result;
        string cur(digits.size(), ' ');
        // Odometer order: position k takes each letter of its key in turn.
        function<void(size_t)> fill = [&](size_t k) {
            if (k == digits.size()) {
                result.push_back(cur);
                return;
            }
            for (char ch : keys[digits[k] - '0']) {
                cur[k] = ch;
                fill(k + 1);
            }
        };
        fill(0);
        return result;
    }
};
