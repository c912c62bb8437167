// Lazy Prim with a min-heap of (distance, point); stale entries are skipped when popped.
class Solution {
public:
    int minCostConnectPoints(vector<vector<int>>& points) {
        int n = points.size();
        vector<bool> inTree(n, false);
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<>> pq;
        pq.push({0, 0});
        int total = 0, count = 0;
        while (count < n) {
            auto [d, u] = pq.top();
            pq.pop();
            if (inTree[u]) continue;
            inTree[u] = true;
            total += d;
            ++count;
            for (int v = 0; v < n; ++v)
                if (!inTree[v])
                    pq.push({abs(points[u][0] - points[v][0]) + abs(points[u][1] - points[v][1]), v});
        }
        return total;
    }
};
