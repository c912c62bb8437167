// Classic mistake: fills pal[i][j] with i going UP, so pal[i + 1][j - 1] is read before it is computed;
// palindromes longer than 3 are never counted.
class Solution {
public:
    int countSubstrings(string s) {
        int n = s.size(), count = 0;
        vector<vector<char>> pal(n, vector<char>(n, 0));
        for (int k = 0; k < n; ++k) pal[k][k] = 1;
        for (int i = 0; i < n; ++i)
            for (int j = i; j < n; ++j) {
                pal[i][j] = s[i] == s[j] && (j - i < 2 || pal[i + 1][j - 1]);
                count += pal[i][j];
            }
        return count;
    }
};
