// Correct, but a rewrite with one row of memory.
class Solution {
public:
    int minPathSum(vector<vector<int>>& grid) {
        int n = grid[0].size();
        vector<int> row(n, INT_MAX);
        row[0] = 0;
        for (const auto& g : grid) {
            row[0] += g[0];
            for (int j = 1; j < n; ++j) row[j] = min(row[j], row[j - 1]) + g[j];
        }
        return row[n - 1];
    }
};
