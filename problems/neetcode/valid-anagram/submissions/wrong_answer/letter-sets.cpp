// Classic mistake: compares which letters occur, not how many times each occurs.
class Solution {
public:
    bool isAnagram(string s, string t) {
        set<char> a(s.begin(), s.end()), b(t.begin(), t.end());
        return a == b;
    }
};
