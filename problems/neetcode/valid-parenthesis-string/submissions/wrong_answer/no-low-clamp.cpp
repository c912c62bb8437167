// Classic mistake: the low end of the open-count range is never clamped at 0, so stars read as ')' drive it negative.
class Solution {
public:
    bool checkValidString(string s) {
        int lo = 0, hi = 0;
        for (char c : s) {
            if (c == '(') ++lo, ++hi;
            else if (c == ')') --lo, --hi;
            else --lo, ++hi;
            if (hi < 0) return false;
        }
        return lo == 0;
    }
};
