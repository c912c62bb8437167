// Union-find over land cells with union by size; the answer is the largest set size.
class Solution {
public:
    int maxAreaOfIsland(vector<vector<int>>& grid) {
        int m = grid.size(), n = grid[0].size(), best = 0;
        parent.resize(m * n);
        size.assign(m * n, 1);
        iota(parent.begin(), parent.end(), 0);
        for (int r = 0; r < m; ++r)
            for (int c = 0; c < n; ++c) {
                if (!grid[r][c]) continue;
                if (r + 1 < m && grid[r + 1][c]) unite(r * n + c, (r + 1) * n + c);
                if (c + 1 < n && grid[r][c + 1]) unite(r * n + c, r * n + c + 1);
            }
        for (int r = 0; r < m; ++r)
            for (int c = 0; c < n; ++c)
                if (grid[r][c]) best = max(best, size[find(r * n + c)]);
        return best;
    }

private:
    vector<int> parent, size;
    int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }
    void unite(int a, int b) {
        a = find(a), b = find(b);
        if (a == b) return;
        if (size[a] < size[b]) swap(a, b);
        parent[b] = a;
        size[a] += size[b];
    }
};
