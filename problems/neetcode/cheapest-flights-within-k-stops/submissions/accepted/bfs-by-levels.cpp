// BFS one level (one flight) at a time, at most k + 1 levels; a city is queued again when
// the level improves its price.
class Solution {
public:
    int findCheapestPrice(int n, vector<vector<int>>& flights, int src, int dst, int k) {
        vector<vector<pair<int, int>>> adj(n);
        for (auto& f : flights) adj[f[0]].push_back({f[1], f[2]});
        vector<int> price(n, INT_MAX);
        price[src] = 0;
        vector<pair<int, int>> level = {{src, 0}};  // (city, price on arrival at this level)
        for (int flightsUsed = 0; flightsUsed <= k && !level.empty(); ++flightsUsed) {
            vector<pair<int, int>> next;
            for (auto [u, cost] : level)
                for (auto [v, p] : adj[u])
                    if (cost + p < price[v]) {
                        price[v] = cost + p;
                        next.push_back({v, cost + p});
                    }
            level.swap(next);
        }
        return price[dst] == INT_MAX ? -1 : price[dst];
    }
};
