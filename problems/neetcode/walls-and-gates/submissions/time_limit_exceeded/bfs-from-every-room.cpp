// Brute force: a fresh BFS from every empty room until it meets a gate. With no gate (or a
// far one) each search floods the whole grid: O((mn)^2), about 4*10^9 steps at 250 x 250.
class Solution {
public:
    void wallsAndGates(vector<vector<int>>& rooms) {
        const int INF = 2147483647;
        int m = rooms.size(), n = rooms[0].size();
        const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
        vector<vector<int>> answer = rooms;
        vector<int> seen(m * n, -1), dist(m * n, 0);  // seen[cell] = id of the search that reached it
        vector<int> q(m * n);
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j) {
                if (rooms[i][j] != INF) continue;
                int id = i * n + j, head = 0, tail = 0;
                q[tail++] = id;
                seen[id] = id;
                dist[id] = 0;
                while (head < tail) {
                    int cell = q[head++], r = cell / n, c = cell % n;
                    if (rooms[r][c] == 0) {
                        answer[i][j] = dist[cell];
                        break;
                    }
                    for (int d = 0; d < 4; ++d) {
                        int nr = r + dr[d], nc = c + dc[d], next = nr * n + nc;
                        if (nr < 0 || nc < 0 || nr >= m || nc >= n || seen[next] == id || rooms[nr][nc] == -1) continue;
                        seen[next] = id;
                        dist[next] = dist[cell] + 1;
                        q[tail++] = next;
                    }
                }
            }
        rooms = answer;
    }
};
