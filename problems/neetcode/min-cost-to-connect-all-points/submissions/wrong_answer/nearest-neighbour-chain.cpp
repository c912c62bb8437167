// Classic mistake: walks from the current point to its nearest unvisited point (a path, not a tree).
class Solution {
public:
    int minCostConnectPoints(vector<vector<int>>& points) {
        int n = points.size();
        vector<bool> visited(n, false);
        visited[0] = true;
        int cur = 0, total = 0;
        for (int k = 1; k < n; ++k) {
            int next = -1, bestD = INT_MAX;
            for (int v = 0; v < n; ++v) {
                if (visited[v]) continue;
                int d = abs(points[cur][0] - points[v][0]) + abs(points[cur][1] - points[v][1]);
                if (d < bestD) bestD = d, next = v;
            }
            visited[next] = true;
            total += bestD;
            cur = next;
        }
        return total;
    }
};
