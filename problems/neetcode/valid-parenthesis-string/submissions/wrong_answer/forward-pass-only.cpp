// Classic mistake: only checks that no prefix has more ')' than '(' and '*' together; unmatched '(' are never checked.
class Solution {
public:
    bool checkValidString(string s) {
        int room = 0;
        for (char c : s) {
            room += c == ')' ? -1 : 1;
            if (room < 0) return false;
        }
        return true;
    }
};
