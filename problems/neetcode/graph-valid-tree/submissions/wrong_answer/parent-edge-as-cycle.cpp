// Classic mistake: DFS cycle check that does not skip the edge back to the node it came from, so every undirected edge looks like a cycle.
class Solution {
public:
    bool validTree(int n, vector<vector<int>>& edges) {
        adj.assign(n, {});
        for (auto& e : edges) {
            adj[e[0]].push_back(e[1]);
            adj[e[1]].push_back(e[0]);
        }
        seen.assign(n, false);
        if (hasCycle(0)) return false;
        for (int v = 0; v < n; ++v)
            if (!seen[v]) return false;
        return true;
    }

private:
    vector<vector<int>> adj;
    vector<bool> seen;
    bool hasCycle(int v) {
        seen[v] = true;
        for (int w : adj[v]) {
            if (seen[w]) return true;
            if (hasCycle(w)) return true;
        }
        return false;
    }
};
