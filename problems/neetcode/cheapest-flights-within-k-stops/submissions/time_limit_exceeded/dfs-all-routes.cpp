// Brute force: DFS over every simple route of at most k + 1 flights (exponential in k on dense graphs).
class Solution {
public:
    int findCheapestPrice(int n, vector<vector<int>>& flights, int src, int dst, int k) {
        adj.assign(n, {});
        for (auto& f : flights) adj[f[0]].push_back({f[1], f[2]});
        onRoute.assign(n, false);
        target = dst;
        best = INT_MAX;
        onRoute[src] = true;
        dfs(src, 0, k + 1);
        return best == INT_MAX ? -1 : best;
    }

private:
    vector<vector<pair<int, int>>> adj;
    vector<bool> onRoute;
    int target, best;
    void dfs(int u, int price, int flightsLeft) {
        if (u == target) {
            best = min(best, price);
            return;
        }
        if (flightsLeft == 0) return;
        for (auto [v, p] : adj[u]) {
            if (onRoute[v]) continue;
            onRoute[v] = true;
            dfs(v, price + p, flightsLeft - 1);
            onRoute[v] = false;
        }
    }
};
