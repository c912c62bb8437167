// Classic mistake: fills pal[i][j] with i going UP, so pal[i + 1][j - 1] is read before it is computed;
// only palindromes of length 1 to 3 are ever found.
class Solution {
public:
    string longestPalindrome(string s) {
        int n = s.size(), bestStart = 0, bestLen = 1;
        vector<vector<char>> pal(n, vector<char>(n, 0));
        for (int k = 0; k < n; ++k) pal[k][k] = 1;
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j) {
                pal[i][j] = s[i] == s[j] && (j - i < 2 || pal[i + 1][j - 1]);
                if (pal[i][j] && j - i + 1 > bestLen) bestStart = i, bestLen = j - i + 1;
            }
        return s.substr(bestStart, bestLen);
    }
};
