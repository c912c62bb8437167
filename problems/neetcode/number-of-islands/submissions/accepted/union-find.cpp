// Union-find over land cells: start from the number of land cells, subtract one per successful union.
class Solution {
public:
    int numIslands(vector<vector<char>>& grid) {
        int m = grid.size(), n = grid[0].size();
        parent.resize(m * n);
        iota(parent.begin(), parent.end(), 0);
        int count = 0;
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j) {
                if (grid[i][j] != '1') continue;
                ++count;
                if (i > 0 && grid[i - 1][j] == '1') count -= unite(i * n + j, (i - 1) * n + j);
                if (j > 0 && grid[i][j - 1] == '1') count -= unite(i * n + j, i * n + j - 1);
            }
        return count;
    }

private:
    vector<int> parent;
    int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }
    int unite(int a, int b) {
        a = find(a), b = find(b);
        if (a == b) return 0;
        parent[a] = b;
        return 1;
    }
};
