// Top-down recursion over cells with a memo table (m * n states).
class Solution {
    vector<vector<int>> memo;
    int count(int r, int c) {
        if (r == 0 || c == 0) return 1;
        int& v = memo[r][c];
        if (v) return v;
        return v = count(r - 1, c) + count(r, c - 1);
    }
public:
    int uniquePaths(int m, int n) {
        memo.assign(m, vector<int>(n, 0));
        return count(m - 1, n - 1);
    }
};
