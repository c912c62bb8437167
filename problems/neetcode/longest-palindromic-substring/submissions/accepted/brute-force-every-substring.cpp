// O(n^3) brute force: tests every substring, keeping the LAST longest one (another valid answer on ties).
// At n = 1000 this is at most ~8*10^7 character comparisons (all characters equal), well inside the limit.
class Solution {
    bool isPalindrome(const string& s, int i, int j) {
        while (i < j)
            if (s[i++] != s[j--]) return false;
        return true;
    }
public:
    string longestPalindrome(string s) {
        int n = s.size(), bestStart = 0, bestLen = 0;
        for (int i = 0; i < n; ++i)
            for (int j = i; j < n; ++j)
                if (isPalindrome(s, i, j) && j - i + 1 >= bestLen) bestStart = i, bestLen = j - i + 1;
        return s.substr(bestStart, bestLen);
    }
};
