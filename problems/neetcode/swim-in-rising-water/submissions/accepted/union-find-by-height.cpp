// Flood cells in height order with union-find; the answer is the height at which both corners join.
class Solution {
public:
    int swimInWater(vector<vector<int>>& grid) {
        int n = grid.size();
        vector<int> where(n * n);
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j) where[grid[i][j]] = i * n + j;
        parent.resize(n * n);
        iota(parent.begin(), parent.end(), 0);
        for (int t = 0; t < n * n; ++t) {
            int r = where[t] / n, c = where[t] % n;
            int nbr[4][2] = {{r + 1, c}, {r - 1, c}, {r, c + 1}, {r, c - 1}};
            for (auto& p : nbr)
                if (p[0] >= 0 && p[1] >= 0 && p[0] < n && p[1] < n && grid[p[0]][p[1]] < t)
                    parent[find(p[0] * n + p[1])] = find(where[t]);
            if (grid[0][0] <= t && grid[n - 1][n - 1] <= t && find(0) == find(n * n - 1)) return t;
        }
        return n * n - 1;
    }

private:
    vector<int> parent;
    int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }
};
