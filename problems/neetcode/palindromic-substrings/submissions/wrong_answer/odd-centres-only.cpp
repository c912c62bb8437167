// Classic mistake: grows only around single characters, so even-length palindromes ("aa", "abba") are never counted.
class Solution {
public:
    int countSubstrings(string s) {
        int n = s.size(), count = 0;
        for (int c = 0; c < n; ++c)
            for (int l = c, r = c; l >= 0 && r < n && s[l] == s[r]; --l, ++r) ++count;
        return count;
    }
};
