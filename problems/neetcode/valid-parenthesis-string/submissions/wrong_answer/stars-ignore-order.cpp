// Classic mistake: two-stack idea with counts only, so a '*' before a leftover '(' is allowed to close it.
class Solution {
public:
    bool checkValidString(string s) {
        int open = 0, star = 0;
        for (char c : s) {
            if (c == '(') ++open;
            else if (c == '*') ++star;
            else if (open > 0) --open;
            else if (star > 0) --star;
            else return false;
        }
        return open <= star;
    }
};
