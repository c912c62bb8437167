// Fix: a first-column cell is reached only from above, so its cost includes the cells above it.
class Solution {
public:
    int minPathSum(vector<vector<int>>& grid) {
        int m = grid.size(), n = grid[0].size();
        vector<vector<int>> cost(m, vector<int>(n));
        cost[0][0] = grid[0][0];
        for (int j = 1; j < n; ++j) cost[0][j] = cost[0][j - 1] + grid[0][j];
        for (int i = 1; i < m; ++i) cost[i][0] = cost[i - 1][0] + grid[i][0];
        for (int i = 1; i < m; ++i)
            for (int j = 1; j < n; ++j)
                cost[i][j] = min(cost[i - 1][j], cost[i][j - 1]) + grid[i][j];
        return cost[m - 1][n - 1];
    }
};
