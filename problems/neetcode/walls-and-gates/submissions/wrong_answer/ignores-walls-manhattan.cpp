// Classic mistake: takes the straight-line (Manhattan) distance to the nearest gate, ignoring that walls force detours or block a room off completely.
class Solution {
public:
    void wallsAndGates(vector<vector<int>>& rooms) {
        const int INF = 2147483647;
        int m = rooms.size(), n = rooms[0].size();
        vector<pair<int, int>> gates;
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j)
                if (rooms[i][j] == 0) gates.push_back({i, j});
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j) {
                if (rooms[i][j] != INF) continue;
                for (auto [r, c] : gates) rooms[i][j] = min(rooms[i][j], abs(r - i) + abs(c - j));
            }
    }
};
