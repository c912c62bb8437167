// Classic mistake: never checks for fresh oranges left at the end, so an unreachable orange gives the elapsed time (0 with no rotten orange) instead of -1.
class Solution {
public:
    int orangesRotting(vector<vector<int>>& grid) {
        int m = grid.size(), n = grid[0].size();
        queue<pair<int, int>> q;
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j)
                if (grid[i][j] == 2) q.push({i, j});
        const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
        int minutes = 0;
        while (!q.empty()) {
            int size = q.size();
            bool rotted = false;
            while (size--) {
                auto [r, c] = q.front();
                q.pop();
                for (int d = 0; d < 4; ++d) {
                    int nr = r + dr[d], nc = c + dc[d];
                    if (nr < 0 || nc < 0 || nr >= m || nc >= n || grid[nr][nc] != 1) continue;
                    grid[nr][nc] = 2;
                    rotted = true;
                    q.push({nr, nc});
                }
            }
            if (rotted) ++minutes;
        }
        return minutes;
    }
};
