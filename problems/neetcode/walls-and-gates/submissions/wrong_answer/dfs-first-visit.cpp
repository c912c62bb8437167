// Classic mistake: DFS from each gate that fills only rooms still at INF, so a room keeps the length of the first (possibly winding) path that reached it.
class Solution {
public:
    void wallsAndGates(vector<vector<int>>& rooms) {
        for (int i = 0; i < (int)rooms.size(); ++i)
            for (int j = 0; j < (int)rooms[0].size(); ++j)
                if (rooms[i][j] == 0) walk(rooms, i, j, 0);
    }

private:
    static const int INF = 2147483647;
    void walk(vector<vector<int>>& g, int r, int c, int d) {
        const int dr[4] = {0, 1, 0, -1}, dc[4] = {1, 0, -1, 0};
        for (int k = 0; k < 4; ++k) {
            int nr = r + dr[k], nc = c + dc[k];
            if (nr < 0 || nc < 0 || nr >= (int)g.size() || nc >= (int)g[0].size() || g[nr][nc] != INF) continue;
            g[nr][nc] = d + 1;
            walk(g, nr, nc, d + 1);
        }
    }
};
