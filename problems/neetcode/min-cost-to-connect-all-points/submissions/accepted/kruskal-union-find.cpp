// Kruskal: sort all n(n-1)/2 edges by Manhattan length, join components with union-find.
class Solution {
public:
    int minCostConnectPoints(vector<vector<int>>& points) {
        int n = points.size();
        vector<tuple<int, int, int>> edges;
        edges.reserve((size_t)n * (n - 1) / 2);
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j)
                edges.emplace_back(abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1]), i, j);
        sort(edges.begin(), edges.end());
        parent.resize(n);
        iota(parent.begin(), parent.end(), 0);
        int total = 0, joined = 0;
        for (auto& [d, a, b] : edges) {
            if (joined == n - 1) break;
            int ra = find(a), rb = find(b);
            if (ra == rb) continue;
            parent[ra] = rb;
            total += d;
            ++joined;
        }
        return total;
    }

private:
    vector<int> parent;
    int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }
};
