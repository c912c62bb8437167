class Solution {
public:
    bool checkValidString(string s) {
        // [lo, hi]: the possible numbers of unmatched '(' so far.
        int lo = 0, hi = 0;
        for (char c : s) {
            if (c == '(') ++lo, ++hi;
            else if (c == ')') --lo, --hi;
            else --lo, ++hi;
            if (hi < 0) return false;  // too many ')' whatever the stars are
            lo = max(lo, 0);           // a negative count is never a valid choice
        }
        return lo == 0;
    }
};
