// Classic mistake: off-by-one bounds (< m - 1, < n - 1) in the scan and in the flood, so
// land in the last row or the last column is never counted.
class Solution {
public:
    int maxAreaOfIsland(vector<vector<int>>& grid) {
        int m = grid.size(), n = grid[0].size(), best = 0;
        for (int r = 0; r < m - 1; ++r)
            for (int c = 0; c < n - 1; ++c) best = max(best, sink(grid, r, c));
        return best;
    }

private:
    int sink(vector<vector<int>>& g, int r, int c) {
        if (r < 0 || c < 0 || r >= (int)g.size() - 1 || c >= (int)g[0].size() - 1 || g[r][c] == 0) return 0;
        g[r][c] = 0;
        return 1 + sink(g, r + 1, c) + sink(g, r - 1, c) + sink(g, r, c + 1) + sink(g, r, c - 1);
    }
};
