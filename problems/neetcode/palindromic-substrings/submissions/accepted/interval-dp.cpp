// Interval DP: pal[i][j] = s[i] == s[j] && pal[i + 1][j - 1], filled with i going down; count the true cells.
class Solution {
public:
    int countSubstrings(string s) {
        int n = s.size(), count = 0;
        vector<vector<char>> pal(n, vector<char>(n, 0));
        for (int i = n - 1; i >= 0; --i)
            for (int j = i; j < n; ++j) {
                pal[i][j] = s[i] == s[j] && (j - i < 2 || pal[i + 1][j - 1]);
                count += pal[i][j];
            }
        return count;
    }
};
