// Brute force: for every letter of s, rescans both strings to compare its counts: 2.5*10^9 steps at n = 5*10^4 (~4 s).
class Solution {
public:
    bool isAnagram(string s, string t) {
        if (s.size() != t.size()) return false;
        for (size_t i = 0; i < s.size(); ++i) {
            int a = 0, b = 0;
            for (size_t j = 0; j < s.size(); ++j) {
                if (s[j] == s[i]) ++a;
                if (t[j] == s[i]) ++b;
            }
            if (a != b) return false;
        }
        return true;
    }
};
