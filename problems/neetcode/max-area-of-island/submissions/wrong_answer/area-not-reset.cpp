// Classic mistake: the running area is a member that is never reset between islands, so each
// island's count includes every island found before it.
class Solution {
public:
    int maxAreaOfIsland(vector<vector<int>>& grid) {
        int best = 0;
        for (int r = 0; r < (int)grid.size(); ++r)
            for (int c = 0; c < (int)grid[0].size(); ++c)
                if (grid[r][c] == 1) {
                    sink(grid, r, c);
                    best = max(best, area);
                }
        return best;
    }

private:
    int area = 0;
    void sink(vector<vector<int>>& g, int r, int c) {
        if (r < 0 || c < 0 || r >= (int)g.size() || c >= (int)g[0].size() || g[r][c] == 0) return;
        g[r][c] = 0;
        ++area;
        sink(g, r + 1, c), sink(g, r - 1, c), sink(g, r, c + 1), sink(g, r, c - 1);
    }
};
