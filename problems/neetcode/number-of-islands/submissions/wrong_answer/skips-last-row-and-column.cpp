// Classic off-by-one: the scan stops one short (i < m - 1, j < n - 1), so islands lying
// entirely in the last row or the last column are never found.
class Solution {
public:
    int numIslands(vector<vector<char>>& grid) {
        int m = grid.size(), n = grid[0].size(), count = 0;
        for (int i = 0; i < m - 1; ++i)
            for (int j = 0; j < n - 1; ++j)
                if (grid[i][j] == '1') {
                    ++count;
                    sink(grid, i, j);
                }
        return count;
    }

private:
    void sink(vector<vector<char>>& g, int r, int c) {
        if (r < 0 || c < 0 || r >= (int)g.size() || c >= (int)g[0].size() || g[r][c] != '1') return;
        g[r][c] = '0';
        sink(g, r + 1, c);
        sink(g, r - 1, c);
        sink(g, r, c + 1);
        sink(g, r, c - 1);
    }
};
