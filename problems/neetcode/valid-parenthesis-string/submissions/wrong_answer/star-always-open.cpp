// Classic mistake: treats every '*' as '(' and checks the balance, so stars can never close or vanish.
class Solution {
public:
    bool checkValidString(string s) {
        int balance = 0;
        for (char c : s) {
            balance += c == ')' ? -1 : 1;
            if (balance < 0) return false;
        }
        return balance == 0;
    }
};
