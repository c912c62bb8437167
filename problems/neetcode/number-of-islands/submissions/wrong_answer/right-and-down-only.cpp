// Classic mistake: since the scan goes top-left to bottom-right, the flood only moves
// right and down, so islands that bend up or left (U shapes, spirals) are counted twice.
class Solution {
public:
    int numIslands(vector<vector<char>>& grid) {
        int count = 0;
        for (int i = 0; i < (int)grid.size(); ++i)
            for (int j = 0; j < (int)grid[0].size(); ++j)
                if (grid[i][j] == '1') {
                    ++count;
                    sink(grid, i, j);
                }
        return count;
    }

private:
    void sink(vector<vector<char>>& g, int r, int c) {
        if (r >= (int)g.size() || c >= (int)g[0].size() || g[r][c] != '1') return;
        g[r][c] = '0';
        sink(g, r + 1, c);
        sink(g, r, c + 1);
    }
};
