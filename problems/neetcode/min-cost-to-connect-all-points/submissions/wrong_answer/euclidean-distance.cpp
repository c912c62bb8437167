// Classic mistake: measures links with the straight-line (Euclidean) distance instead of |dx| + |dy|.
class Solution {
public:
    int minCostConnectPoints(vector<vector<int>>& points) {
        int n = points.size();
        vector<double> best(n, 1e18);
        vector<bool> inTree(n, false);
        best[0] = 0;
        double total = 0;
        for (int k = 0; k < n; ++k) {
            int u = -1;
            for (int i = 0; i < n; ++i)
                if (!inTree[i] && (u < 0 || best[i] < best[u])) u = i;
            inTree[u] = true;
            total += best[u];
            for (int v = 0; v < n; ++v) {
                double dx = points[u][0] - points[v][0], dy = points[u][1] - points[v][1];
                if (!inTree[v]) best[v] = min(best[v], sqrt(dx * dx + dy * dy));
            }
        }
        return (int)total;
    }
};
