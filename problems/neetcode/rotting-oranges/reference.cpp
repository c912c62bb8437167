class Solution {
public:
    int orangesRotting(vector<vector<int>>& grid) {
        // Multi-source BFS: every rotten orange is in the first layer; one layer per minute.
        int m = grid.size(), n = grid[0].size();
        vector<pair<int, int>> layer;
        int fresh = 0;
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j) {
                if (grid[i][j] == 2) layer.push_back({i, j});
                else if (grid[i][j] == 1) ++fresh;
            }
        const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
        int minutes = 0;
        while (fresh > 0 && !layer.empty()) {
            vector<pair<int, int>> next;
            for (auto [r, c] : layer)
                for (int d = 0; d < 4; ++d) {
                    int nr = r + dr[d], nc = c + dc[d];
                    if (nr < 0 || nc < 0 || nr >= m || nc >= n || grid[nr][nc] != 1) continue;
                    grid[nr][nc] = 2;
                    --fresh;
                    next.push_back({nr, nc});
                }
            layer.swap(next);
            ++minutes;
        }
        return fresh == 0 ? minutes : -1;
    }
};
