// DFS from every gate, overwriting a room whenever the current path is shorter than the
// distance it holds; the values only decrease, so the search ends with the true distances.
class Solution {
public:
    void wallsAndGates(vector<vector<int>>& rooms) {
        for (int i = 0; i < (int)rooms.size(); ++i)
            for (int j = 0; j < (int)rooms[0].size(); ++j)
                if (rooms[i][j] == 0) walk(rooms, i, j, 0);
    }

private:
    void walk(vector<vector<int>>& g, int r, int c, int d) {
        if (r < 0 || c < 0 || r >= (int)g.size() || c >= (int)g[0].size() || g[r][c] < d) return;
        if (g[r][c] == d && d > 0) return;
        g[r][c] = d;
        walk(g, r + 1, c, d + 1);
        walk(g, r - 1, c, d + 1);
        walk(g, r, c + 1, d + 1);
        walk(g, r, c - 1, d + 1);
    }
};
