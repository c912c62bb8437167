class Solution {
public:
    int findCheapestPrice(int n, vector<vector<int>>& flights, int src, int dst, int k) {
        // Bellman-Ford limited to k + 1 rounds; each round reads the previous round's prices,
        // so after round r every price uses at most r flights.
        const int INF = INT_MAX;
        vector<int> cost(n, INF);
        cost[src] = 0;
        for (int round = 0; round <= k; ++round) {
            vector<int> next = cost;
            for (const auto& f : flights)
                if (cost[f[0]] != INF && cost[f[0]] + f[2] < next[f[1]]) next[f[1]] = cost[f[0]] + f[2];
            cost.swap(next);
        }
        return cost[dst] == INF ? -1 : cost[dst];
    }
};
