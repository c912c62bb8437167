class Solution {
public:
    int numIslands(vector<vector<char>>& grid) {
        // Iterative BFS flood fill; a cell is sunk ('0') when it enters the queue.
        int m = grid.size(), n = grid[0].size(), islands = 0;
        const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
        vector<pair<int, int>> queue;
        queue.reserve(m * n);
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j) {
                if (grid[i][j] != '1') continue;
                ++islands;
                queue.clear();
                queue.push_back({i, j});
                grid[i][j] = '0';
                for (size_t head = 0; head < queue.size(); ++head) {
                    auto [r, c] = queue[head];
                    for (int d = 0; d < 4; ++d) {
                        int nr = r + dr[d], nc = c + dc[d];
                        if (nr < 0 || nc < 0 || nr >= m || nc >= n || grid[nr][nc] != '1') continue;
                        grid[nr][nc] = '0';
                        queue.push_back({nr, nc});
                    }
                }
            }
        return islands;
    }
};
