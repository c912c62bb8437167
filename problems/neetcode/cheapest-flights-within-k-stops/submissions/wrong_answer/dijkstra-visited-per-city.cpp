// Classic mistake: Dijkstra with the stop count in the state but a visited flag per city, so a
// cheap route that has used up its stops blocks a pricier route that could still go on.
class Solution {
public:
    int findCheapestPrice(int n, vector<vector<int>>& flights, int src, int dst, int k) {
        vector<vector<pair<int, int>>> adj(n);
        for (auto& f : flights) adj[f[0]].push_back({f[1], f[2]});
        vector<bool> visited(n, false);
        priority_queue<tuple<int, int, int>, vector<tuple<int, int, int>>, greater<>> pq;
        pq.push({0, src, 0});
        while (!pq.empty()) {
            auto [price, u, used] = pq.top();
            pq.pop();
            if (u == dst) return price;
            if (visited[u]) continue;
            visited[u] = true;
            if (used == k + 1) continue;
            for (auto [v, p] : adj[u])
                if (!visited[v]) pq.push({price + p, v, used + 1});
        }
        return -1;
    }
};
