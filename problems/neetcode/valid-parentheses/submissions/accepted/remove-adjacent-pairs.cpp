// Repeatedly deletes adjacent matching pairs "()", "[]", "{}" until none is left: O(n^2) at worst, fine for n = 10^4.
class Solution {
public:
    bool isValid(string s) {
        for (bool changed = true; changed;) {
            changed = false;
            for (const char* p : {"()", "[]", "{}"}) {
                size_t at;
                while ((at = s.find(p)) != string::npos) s.erase(at, 2), changed = true;
            }
        }
        return s.empty();
    }
};
