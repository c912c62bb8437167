// Dijkstra over (price, city, flights used): a city popped again is only worth expanding if it
// was reached with fewer flights than every cheaper visit before.
class Solution {
public:
    int findCheapestPrice(int n, vector<vector<int>>& flights, int src, int dst, int k) {
        vector<vector<pair<int, int>>> adj(n);
        for (auto& f : flights) adj[f[0]].push_back({f[1], f[2]});
        vector<int> fewest(n, INT_MAX);  // fewest flights among cheaper pops of each city
        priority_queue<tuple<int, int, int>, vector<tuple<int, int, int>>, greater<>> pq;
        pq.push({0, src, 0});
        while (!pq.empty()) {
            auto [price, u, used] = pq.top();
            pq.pop();
            if (u == dst) return price;
            if (used >= fewest[u] || used == k + 1) continue;
            fewest[u] = used;
            for (auto [v, p] : adj[u]) pq.push({price + p, v, used + 1});
        }
        return -1;
    }
};
