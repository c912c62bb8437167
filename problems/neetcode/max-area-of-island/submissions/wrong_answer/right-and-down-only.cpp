// Classic mistake: since the scan goes top-left to bottom-right, the flood only moves right and
// down, so parts of an island reached by going up or left are counted as separate islands.
class Solution {
public:
    int maxAreaOfIsland(vector<vector<int>>& grid) {
        int best = 0;
        for (int r = 0; r < (int)grid.size(); ++r)
            for (int c = 0; c < (int)grid[0].size(); ++c) best = max(best, sink(grid, r, c));
        return best;
    }

private:
    int sink(vector<vector<int>>& g, int r, int c) {
        if (r >= (int)g.size() || c >= (int)g[0].size() || g[r][c] == 0) return 0;
        g[r][c] = 0;
        return 1 + sink(g, r + 1, c) + sink(g, r, c + 1);
    }
};
