// Classic mistake: a separate BFS per gate with its own visited set that overwrites distances without taking the minimum, so the last gate scanned decides every room.
class Solution {
public:
    void wallsAndGates(vector<vector<int>>& rooms) {
        int m = rooms.size(), n = rooms[0].size();
        const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j) {
                if (rooms[i][j] != 0) continue;
                vector<vector<int>> dist(m, vector<int>(n, -1));
                queue<pair<int, int>> q;
                q.push({i, j});
                dist[i][j] = 0;
                while (!q.empty()) {
                    auto [r, c] = q.front();
                    q.pop();
                    for (int d = 0; d < 4; ++d) {
                        int nr = r + dr[d], nc = c + dc[d];
                        if (nr < 0 || nc < 0 || nr >= m || nc >= n || dist[nr][nc] >= 0 || rooms[nr][nc] <= 0) continue;
                        dist[nr][nc] = dist[r][c] + 1;
                        rooms[nr][nc] = dist[nr][nc];
                        q.push({nr, nc});
                    }
                }
            }
    }
};
