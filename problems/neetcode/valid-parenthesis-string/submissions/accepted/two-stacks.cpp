// Stacks of indices: ')' closes an open '(' first, else a '*'; at the end each leftover '('
// needs a '*' after it.
class Solution {
public:
    bool checkValidString(string s) {
        vector<int> open, star;
        for (int i = 0; i < (int)s.size(); ++i) {
            if (s[i] == '(') open.push_back(i);
            else if (s[i] == '*') star.push_back(i);
            else if (!open.empty()) open.pop_back();
            else if (!star.empty()) star.pop_back();
            else return false;
        }
        while (!open.empty()) {
            if (star.empty() || star.back() < open.back()) return false;
            open.pop_back();
            star.pop_back();
        }
        return true;
    }
};
