// DFS from every rotten orange, storing the earliest minute each cell rots; a cell is
// revisited whenever a shorter route reaches it, so the stored times end up minimal.
class Solution {
public:
    int orangesRotting(vector<vector<int>>& grid) {
        m = grid.size(), n = grid[0].size();
        when.assign(m, vector<int>(n, INT_MAX));
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j)
                if (grid[i][j] == 2) spread(grid, i, j, 0);
        int answer = 0;
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j)
                if (grid[i][j] == 1) {
                    if (when[i][j] == INT_MAX) return -1;
                    answer = max(answer, when[i][j]);
                }
        return answer;
    }

private:
    int m = 0, n = 0;
    vector<vector<int>> when;
    void spread(const vector<vector<int>>& g, int r, int c, int t) {
        if (r < 0 || c < 0 || r >= m || c >= n || g[r][c] == 0 || when[r][c] <= t) return;
        if (g[r][c] == 2 && t > 0) return;  // another source reaches it at minute 0 itself
        when[r][c] = t;
        spread(g, r + 1, c, t + 1);
        spread(g, r - 1, c, t + 1);
        spread(g, r, c + 1, t + 1);
        spread(g, r, c - 1, t + 1);
    }
};
