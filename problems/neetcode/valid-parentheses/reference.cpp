class Solution {
public:
    bool isValid(string s) {
        // Stack of the closing brackets we still expect, innermost last.
        string expect;
        for (char c : s) {
            if (c == '(') expect += ')';
            else if (c == '[') expect += ']';
            else if (c == '{') expect += '}';
            else if (expect.empty() || expect.back() != c) return false;
            else expect.pop_back();
        }
        return expect.empty();
    }
};
