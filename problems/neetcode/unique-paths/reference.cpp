class Solution {
public:
    int uniquePaths(int m, int n) {
        // ways[c] = routes to column c of the current row; the row above is added in place.
        // Every value is at most the final answer, so int is enough.
        vector<int> ways(n, 1);
        for (int r = 1; r < m; ++r)
            for (int c = 1; c < n; ++c) ways[c] += ways[c - 1];
        return ways[n - 1];
    }
};
