// Classic mistake: DP that only moves right or down, missing routes that go up or left.
class Solution {
public:
    int swimInWater(vector<vector<int>>& grid) {
        int n = grid.size();
        vector<vector<int>> best(n, vector<int>(n, INT_MAX));
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j) {
                if (i == 0 && j == 0) { best[i][j] = grid[0][0]; continue; }
                int from = INT_MAX;
                if (i > 0) from = min(from, best[i - 1][j]);
                if (j > 0) from = min(from, best[i][j - 1]);
                best[i][j] = max(from, grid[i][j]);
            }
        return best[n - 1][n - 1];
    }
};
