// Bellman-Ford: relax every link n - 1 times (O(n * E), at most 6 * 10^5 relaxations).
class Solution {
public:
    int networkDelayTime(vector<vector<int>>& times, int n, int k) {
        const int INF = 1e9;
        vector<int> dist(n + 1, INF);
        dist[k] = 0;
        for (int round = 1; round < n; ++round) {
            bool changed = false;
            for (auto& t : times)
                if (dist[t[0]] != INF && dist[t[0]] + t[2] < dist[t[1]]) {
                    dist[t[1]] = dist[t[0]] + t[2];
                    changed = true;
                }
            if (!changed) break;
        }
        int worst = *max_element(dist.begin() + 1, dist.end());
        return worst == INF ? -1 : worst;
    }
};
