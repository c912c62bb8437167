// Classic mistake: Dijkstra that marks a node done when it is pushed, so a later, shorter route is ignored.
class Solution {
public:
    int networkDelayTime(vector<vector<int>>& times, int n, int k) {
        vector<vector<pair<int, int>>> adj(n + 1);
        for (auto& t : times) adj[t[0]].push_back({t[1], t[2]});
        vector<int> dist(n + 1, INT_MAX);
        vector<bool> done(n + 1, false);
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<>> pq;
        dist[k] = 0;
        done[k] = true;
        pq.push({0, k});
        while (!pq.empty()) {
            auto [d, u] = pq.top();
            pq.pop();
            for (auto [v, w] : adj[u])
                if (!done[v]) {
                    done[v] = true;
                    dist[v] = d + w;
                    pq.push({dist[v], v});
                }
        }
        int worst = 0;
        for (int v = 1; v <= n; ++v) {
            if (dist[v] == INT_MAX) return -1;
            worst = max(worst, dist[v]);
        }
        return worst;
    }
};
