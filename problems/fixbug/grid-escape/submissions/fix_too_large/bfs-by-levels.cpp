// Correct, but a rewrite: level-by-level BFS with a visited grid.
class Solution {
public:
    int escapeSteps(vector<vector<int>>& grid) {
        int m = grid.size(), n = grid[0].size();
        if (grid[0][0] || grid[m - 1][n - 1]) return -1;
        vector<vector<bool>> seen(m, vector<bool>(n, false));
        vector<pair<int, int>> level = {{0, 0}};
        seen[0][0] = true;
        for (int steps = 0; !level.empty(); ++steps) {
            vector<pair<int, int>> next;
            for (auto [r, c] : level) {
                if (r == m - 1 && c == n - 1) return steps;
                for (auto [dr, dc] : {pair{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                    int nr = r + dr, nc = c + dc;
                    if (nr < 0 || nc < 0 || nr >= m || nc >= n || grid[nr][nc] || seen[nr][nc]) continue;
                    seen[nr][nc] = true;
                    next.push_back({nr, nc});
                }
            }
            level = move(next);
        }
        return -1;
    }
};
