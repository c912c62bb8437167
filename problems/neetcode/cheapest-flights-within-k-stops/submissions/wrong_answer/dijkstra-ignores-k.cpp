// Classic mistake: plain Dijkstra on prices, never counting the stops.
class Solution {
public:
    int findCheapestPrice(int n, vector<vector<int>>& flights, int src, int dst, int k) {
        vector<vector<pair<int, int>>> adj(n);
        for (auto& f : flights) adj[f[0]].push_back({f[1], f[2]});
        vector<int> dist(n, INT_MAX);
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<>> pq;
        dist[src] = 0;
        pq.push({0, src});
        while (!pq.empty()) {
            auto [d, u] = pq.top();
            pq.pop();
            if (d > dist[u]) continue;
            for (auto [v, p] : adj[u])
                if (d + p < dist[v]) {
                    dist[v] = d + p;
                    pq.push({dist[v], v});
                }
        }
        return dist[dst] == INT_MAX ? -1 : dist[dst];
    }
};
