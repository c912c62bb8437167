// Classic mistake: floods to all eight neighbours, joining islands that only touch at a corner.
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
        if (r < 0 || c < 0 || r >= (int)g.size() || c >= (int)g[0].size() || g[r][c] == 0) return 0;
        g[r][c] = 0;
        int area = 1;
        for (int dr = -1; dr <= 1; ++dr)
            for (int dc = -1; dc <= 1; ++dc)
                if (dr || dc) area += sink(g, r + dr, c + dc);
        return area;
    }
};
