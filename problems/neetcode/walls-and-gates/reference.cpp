class Solution {
public:
    void wallsAndGates(vector<vector<int>>& rooms) {
        // Multi-source BFS from all gates: a room is reached first from its nearest gate.
        const int INF = 2147483647;
        int m = rooms.size(), n = rooms[0].size();
        vector<pair<int, int>> q;
        q.reserve(m * n);
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j)
                if (rooms[i][j] == 0) q.push_back({i, j});
        const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
        for (size_t head = 0; head < q.size(); ++head) {
            auto [r, c] = q[head];
            for (int d = 0; d < 4; ++d) {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr < 0 || nc < 0 || nr >= m || nc >= n || rooms[nr][nc] != INF) continue;
                rooms[nr][nc] = rooms[r][c] + 1;
                q.push_back({nr, nc});
            }
        }
    }
};
