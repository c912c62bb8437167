// Classic mistake: computes the longest common substring (contiguous): on a mismatch the
// length resets to 0 instead of taking the better neighbour.
class Solution {
public:
    int longestCommonSubsequence(string text1, string text2) {
        int n = text1.size(), m = text2.size(), best = 0;
        vector<vector<int>> L(n + 1, vector<int>(m + 1, 0));
        for (int i = 1; i <= n; ++i)
            for (int j = 1; j <= m; ++j)
                if (text1[i - 1] == text2[j - 1]) best = max(best, L[i][j] = L[i - 1][j - 1] + 1);
        return best;
    }
};
