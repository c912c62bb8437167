// Classic mistake: floods through all 8 neighbours, so cells touching only at a corner merge.
class Solution {
public:
    int numIslands(vector<vector<char>>& grid) {
        int m = grid.size(), n = grid[0].size(), count = 0;
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j) {
                if (grid[i][j] != '1') continue;
                ++count;
                vector<pair<int, int>> stack{{i, j}};
                grid[i][j] = '0';
                while (!stack.empty()) {
                    auto [r, c] = stack.back();
                    stack.pop_back();
                    for (int dr = -1; dr <= 1; ++dr)
                        for (int dc = -1; dc <= 1; ++dc) {
                            int nr = r + dr, nc = c + dc;
                            if (nr < 0 || nc < 0 || nr >= m || nc >= n || grid[nr][nc] != '1') continue;
                            grid[nr][nc] = '0';
                            stack.push_back({nr, nc});
                        }
                }
            }
        return count;
    }
};
