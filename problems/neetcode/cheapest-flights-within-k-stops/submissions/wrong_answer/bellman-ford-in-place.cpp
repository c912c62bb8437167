// Classic mistake: k + 1 Bellman-Ford rounds that update prices in place, so one round can chain several flights.
class Solution {
public:
    int findCheapestPrice(int n, vector<vector<int>>& flights, int src, int dst, int k) {
        vector<int> cost(n, INT_MAX);
        cost[src] = 0;
        for (int round = 0; round <= k; ++round)
            for (auto& f : flights)
                if (cost[f[0]] != INT_MAX && cost[f[0]] + f[2] < cost[f[1]]) cost[f[1]] = cost[f[0]] + f[2];
        return cost[dst] == INT_MAX ? -1 : cost[dst];
    }
};
