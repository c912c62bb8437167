// Classic mistake: only counts opens and closes per kind (never below zero, all zero at the end), so crossed pairs like "([)]" pass.
class Solution {
public:
    bool isValid(string s) {
        int round = 0, square = 0, curly = 0;
        for (char c : s) {
            if (c == '(') ++round; else if (c == ')') --round;
            else if (c == '[') ++square; else if (c == ']') --square;
            else if (c == '{') ++curly; else --curly;
            if (round < 0 || square < 0 || curly < 0) return false;
        }
        return round == 0 && square == 0 && curly == 0;
    }
};
