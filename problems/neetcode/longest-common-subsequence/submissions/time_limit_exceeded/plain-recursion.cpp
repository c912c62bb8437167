// Brute force: the LCS recursion without a memo; on a mismatch both branches are explored, so
// strings with few matches cost exponential time.
class Solution {
    string a, b;
    int solve(int i, int j) {
        if (i == (int)a.size() || j == (int)b.size()) return 0;
        if (a[i] == b[j]) return 1 + solve(i + 1, j + 1);
        return max(solve(i + 1, j), solve(i, j + 1));
    }
public:
    int longestCommonSubsequence(string text1, string text2) {
        a = text1, b = text2;
        return solve(0, 0);
    }
};
