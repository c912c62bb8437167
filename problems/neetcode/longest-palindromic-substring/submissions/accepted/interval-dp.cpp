// Interval DP: pal[i][j] = s[i] == s[j] && pal[i + 1][j - 1], filled with i going down.
class Solution {
public:
    string longestPalindrome(string s) {
        int n = s.size(), bestStart = 0, bestLen = 1;
        vector<vector<char>> pal(n, vector<char>(n, 0));
        for (int i = n - 1; i >= 0; --i)
            for (int j = i; j < n; ++j) {
                pal[i][j] = s[i] == s[j] && (j - i < 2 || pal[i + 1][j - 1]);
                if (pal[i][j] && j - i + 1 > bestLen) bestStart = i, bestLen = j - i + 1;
            }
        return s.substr(bestStart, bestLen);
    }
};
