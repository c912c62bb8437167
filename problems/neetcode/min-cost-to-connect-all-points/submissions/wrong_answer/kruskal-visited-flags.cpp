// Classic mistake: Kruskal that takes an edge when one endpoint is unvisited instead of using
// union-find, so two groups built separately are never joined.
class Solution {
public:
    int minCostConnectPoints(vector<vector<int>>& points) {
        int n = points.size();
        vector<tuple<int, int, int>> edges;
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j)
                edges.emplace_back(abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1]), i, j);
        sort(edges.begin(), edges.end());
        vector<bool> visited(n, false);
        int total = 0;
        for (auto& [d, a, b] : edges) {
            if (visited[a] && visited[b]) continue;
            visited[a] = visited[b] = true;
            total += d;
        }
        return total;
    }
};
