// Classic mistake: starts the expansion from {""} without handling empty input, so "" gives
// [""] instead of [].
class Solution {
public:
    vector<string> letterCombinations(string digits) {
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
