// Classic mistake: XORs all characters together (the "find the difference" trick), but letters in pairs cancel out.
class Solution {
public:
    bool isAnagram(string s, string t) {
        if (s.size() != t.size()) return false;
        int x = 0;
        for (char c : s) x ^= c;
        for (char c : t) x ^= c;
        return x == 0;
    }
};
