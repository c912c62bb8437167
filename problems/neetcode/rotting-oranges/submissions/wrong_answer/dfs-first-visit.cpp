// Classic mistake: DFS instead of BFS, stamping each orange with the time of the first path that reaches it, which may be a long detour rather than the shortest one.
class Solution {
public:
    int orangesRotting(vector<vector<int>>& grid) {
        m = grid.size(), n = grid[0].size();
        when.assign(m, vector<int>(n, -1));
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j)
                if (grid[i][j] == 2) when[i][j] = 0;
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j)
                if (grid[i][j] == 2) spread(grid, i, j, 0);
        int answer = 0;
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j)
                if (grid[i][j] == 1) {
                    if (when[i][j] < 0) return -1;
                    answer = max(answer, when[i][j]);
                }
        return answer;
    }

private:
    int m = 0, n = 0;
    vector<vector<int>> when;
    void spread(const vector<vector<int>>& g, int r, int c, int t) {
        const int dr[4] = {0, 1, 0, -1}, dc[4] = {1, 0, -1, 0};
        for (int d = 0; d < 4; ++d) {
            int nr = r + dr[d], nc = c + dc[d];
            if (nr < 0 || nc < 0 || nr >= m || nc >= n || g[nr][nc] != 1 || when[nr][nc] >= 0) continue;
            when[nr][nc] = t + 1;
            spread(g, nr, nc, t + 1);
        }
    }
};
