// Classic mistake: compares lengths and the sums of the character codes, which different multisets can share.
class Solution {
public:
    bool isAnagram(string s, string t) {
        if (s.size() != t.size()) return false;
        long long a = 0, b = 0;
        for (char c : s) a += c;
        for (char c : t) b += c;
        return a == b;
    }
};
