// One BFS per gate, entering a room only when this gate gives it a strictly shorter
// distance than it already has. Each room's value can only drop, so the total work stays small.
class Solution {
public:
    void wallsAndGates(vector<vector<int>>& rooms) {
        int m = rooms.size(), n = rooms[0].size();
        const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j) {
                if (rooms[i][j] != 0) continue;
                queue<pair<int, int>> q;
                q.push({i, j});
                while (!q.empty()) {
                    auto [r, c] = q.front();
                    q.pop();
                    for (int d = 0; d < 4; ++d) {
                        int nr = r + dr[d], nc = c + dc[d];
                        if (nr < 0 || nc < 0 || nr >= m || nc >= n) continue;
                        if (rooms[nr][nc] <= rooms[r][c] + 1) continue;  // walls, gates, closer rooms
                        rooms[nr][nc] = rooms[r][c] + 1;
                        q.push({nr, nc});
                    }
                }
            }
    }
};
