// Classic mistake: counts stops as flights, running only k Bellman-Ford rounds (k stops allow k + 1 flights).
class Solution {
public:
    int findCheapestPrice(int n, vector<vector<int>>& flights, int src, int dst, int k) {
        vector<int> cost(n, INT_MAX);
        cost[src] = 0;
        for (int round = 0; round < k; ++round) {
            vector<int> next = cost;
            for (auto& f : flights)
                if (cost[f[0]] != INT_MAX && cost[f[0]] + f[2] < next[f[1]]) next[f[1]] = cost[f[0]] + f[2];
            cost.swap(next);
        }
        return cost[dst] == INT_MAX ? -1 : cost[dst];
    }
};
