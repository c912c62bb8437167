// Classic mistake: plain BFS fixes a node's time when it is first reached (fewest links), not the shortest time.
class Solution {
public:
    int networkDelayTime(vector<vector<int>>& times, int n, int k) {
        vector<vector<pair<int, int>>> adj(n + 1);
        for (auto& t : times) adj[t[0]].push_back({t[1], t[2]});
        vector<int> dist(n + 1, -1);
        queue<int> q;
        dist[k] = 0;
        q.push(k);
        while (!q.empty()) {
            int u = q.front();
            q.pop();
            for (auto [v, w] : adj[u])
                if (dist[v] < 0) {
                    dist[v] = dist[u] + w;
                    q.push(v);
                }
        }
        int worst = 0;
        for (int v = 1; v <= n; ++v) {
            if (dist[v] < 0) return -1;
            worst = max(worst, dist[v]);
        }
        return worst;
    }
};
