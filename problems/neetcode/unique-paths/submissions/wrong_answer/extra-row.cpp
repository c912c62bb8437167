// Classic mistake: off by one in the row loop (r <= m), counting routes of a grid with one
// more row.
class Solution {
public:
    int uniquePaths(int m, int n) {
        vector<long long> ways(n, 1);
        for (int r = 1; r <= m; ++r)
            for (int c = 1; c < n; ++c) ways[c] += ways[c - 1];
        return (int)ways[n - 1];
    }
};
