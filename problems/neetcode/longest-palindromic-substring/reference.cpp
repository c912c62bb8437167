class Solution {
public:
    string longestPalindrome(string s) {
        int n = s.size(), bestStart = 0, bestLen = 1;
        // Grow around each of the 2n - 1 centres: (c, c) for odd lengths, (c, c + 1) for even ones.
        for (int c = 0; c < n; ++c) {
            for (int r0 = c; r0 <= c + 1 && r0 < n; ++r0) {
                int l = c, r = r0;
                while (l >= 0 && r < n && s[l] == s[r]) --l, ++r;
                int len = r - l - 1;  // l and r stopped one past the palindrome
                if (len > bestLen) bestStart = l + 1, bestLen = len;
            }
        }
        return s.substr(bestStart, bestLen);
    }
};
