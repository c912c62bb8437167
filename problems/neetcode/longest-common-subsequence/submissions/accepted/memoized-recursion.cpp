// Top-down recursion on (i, j) suffixes with a memo table; recursion depth is at most n + m.
class Solution {
    vector<vector<short>> memo;
    string a, b;
    int solve(int i, int j) {
        if (i == (int)a.size() || j == (int)b.size()) return 0;
        short& v = memo[i][j];
        if (v >= 0) return v;
        if (a[i] == b[j]) return v = 1 + solve(i + 1, j + 1);
        return v = max(solve(i + 1, j), solve(i, j + 1));
    }
public:
    int longestCommonSubsequence(string text1, string text2) {
        a = text1, b = text2;
        memo.assign(a.size(), vector<short>(b.size(), -1));
        return solve(0, 0);
    }
};
