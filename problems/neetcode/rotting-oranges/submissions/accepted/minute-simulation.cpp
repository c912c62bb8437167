// Simulation: each minute, rescan the whole grid and rot every fresh orange next to one
// that was rotten at the start of the minute; stop when nothing changes. O((mn)^2).
class Solution {
public:
    int orangesRotting(vector<vector<int>>& grid) {
        int m = grid.size(), n = grid[0].size();
        for (int minutes = 0;; ++minutes) {
            bool anyFresh = false, changed = false;
            vector<vector<int>> next = grid;
            for (int i = 0; i < m; ++i)
                for (int j = 0; j < n; ++j) {
                    if (grid[i][j] != 1) continue;
                    anyFresh = true;
                    if ((i > 0 && grid[i - 1][j] == 2) || (i + 1 < m && grid[i + 1][j] == 2) ||
                        (j > 0 && grid[i][j - 1] == 2) || (j + 1 < n && grid[i][j + 1] == 2)) {
                        next[i][j] = 2;
                        changed = true;
                    }
                }
            if (!anyFresh) return minutes;
            if (!changed) return -1;
            grid.swap(next);
        }
    }
};
