// Classic mistake: greedy DFS that always steps to the lowest unvisited neighbour and reports the
// highest cell of the first route that reaches the end, which need not be the best route.
class Solution {
public:
    int swimInWater(vector<vector<int>>& grid) {
        n = grid.size();
        g = &grid;
        seen.assign(n, vector<bool>(n, false));
        seen[0][0] = true;
        path = {grid[0][0]};
        dfs(0, 0);
        return *max_element(path.begin(), path.end());
    }

private:
    int n;
    vector<vector<int>>* g;
    vector<vector<bool>> seen;
    vector<int> path;
    bool dfs(int r, int c) {
        if (r == n - 1 && c == n - 1) return true;
        vector<pair<int, pair<int, int>>> next;
        int nbr[4][2] = {{r + 1, c}, {r - 1, c}, {r, c + 1}, {r, c - 1}};
        for (auto& p : nbr)
            if (p[0] >= 0 && p[1] >= 0 && p[0] < n && p[1] < n && !seen[p[0]][p[1]])
                next.push_back({(*g)[p[0]][p[1]], {p[0], p[1]}});
        sort(next.begin(), next.end());
        for (auto& [h, cell] : next) {
            if (seen[cell.first][cell.second]) continue;
            seen[cell.first][cell.second] = true;
            path.push_back(h);
            if (dfs(cell.first, cell.second)) return true;
            path.pop_back();
        }
        return false;
    }
};
