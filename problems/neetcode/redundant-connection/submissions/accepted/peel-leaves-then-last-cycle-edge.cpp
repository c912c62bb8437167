// Repeatedly strip nodes of degree 1; what remains is exactly the cycle. Return the last
// edge of the input whose two endpoints both survive.
class Solution {
public:
    vector<int> findRedundantConnection(vector<vector<int>>& edges) {
        int n = edges.size();
        vector<vector<int>> adj(n + 1);
        vector<int> degree(n + 1, 0);
        for (auto& e : edges) {
            adj[e[0]].push_back(e[1]);
            adj[e[1]].push_back(e[0]);
            ++degree[e[0]], ++degree[e[1]];
        }
        vector<bool> removed(n + 1, false);
        vector<int> leaves;
        for (int v = 1; v <= n; ++v)
            if (degree[v] == 1) leaves.push_back(v);
        while (!leaves.empty()) {
            int v = leaves.back();
            leaves.pop_back();
            removed[v] = true;
            for (int w : adj[v])
                if (!removed[w] && --degree[w] == 1) leaves.push_back(w);
        }
        for (int i = n - 1; i >= 0; --i)
            if (!removed[edges[i][0]] && !removed[edges[i][1]]) return edges[i];
        return {};
    }
};
