// Breadth-first expansion: start from the empty prefix and append each letter of the next
// digit to every prefix built so far.
class Solution {
public:
    vector<string> letterCombinations(string digits) {
        if (digits.empty()) return {};
        const vector<string> keys = {"", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"};
        vector<string> layer = {""};
        for (char d : digits) {
            vector<string> next;
            for (const string& prefix : layer)
                for (char ch : keys[d - '0']) next.push_back(prefix + ch);
            layer.swap(next);
        }
        return layer;
    }
};
