class Solution {
public:
    int minCostConnectPoints(vector<vector<int>>& points) {
        // Prim on the complete graph in O(n^2): best[i] = cheapest link from point i to the tree.
        int n = points.size();
        vector<int> best(n, INT_MAX);
        vector<bool> inTree(n, false);
        int total = 0, cur = 0;
        inTree[0] = true;
        for (int added = 1; added < n; ++added) {
            int next = -1;
            for (int i = 0; i < n; ++i) {
                if (inTree[i]) continue;
                int d = abs(points[i][0] - points[cur][0]) + abs(points[i][1] - points[cur][1]);
                best[i] = min(best[i], d);
                if (next < 0 || best[i] < best[next]) next = i;
            }
            total += best[next];
            inTree[next] = true;
            cur = next;
        }
        return total;
    }
};
