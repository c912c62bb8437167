class Solution {
public:
    int maxAreaOfIsland(vector<vector<int>>& grid) {
        int m = grid.size(), n = grid[0].size(), best = 0;
        vector<pair<int, int>> stack;
        for (int r = 0; r < m; ++r)
            for (int c = 0; c < n; ++c) {
                if (grid[r][c] != 1) continue;
                // Iterative flood fill; visited land becomes 2 so it is counted once.
                int area = 0;
                grid[r][c] = 2;
                stack.push_back({r, c});
                while (!stack.empty()) {
                    auto [y, x] = stack.back();
                    stack.pop_back();
                    ++area;
                    const int dy[4] = {1, -1, 0, 0}, dx[4] = {0, 0, 1, -1};
                    for (int d = 0; d < 4; ++d) {
                        int a = y + dy[d], b = x + dx[d];
                        if (a < 0 || b < 0 || a >= m || b >= n || grid[a][b] != 1) continue;
                        grid[a][b] = 2;
                        stack.push_back({a, b});
                    }
                }
                best = max(best, area);
            }
        return best;
    }
};
