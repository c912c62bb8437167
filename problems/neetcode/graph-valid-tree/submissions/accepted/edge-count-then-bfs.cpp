// With exactly n - 1 edges, a graph is a tree exactly when it is connected: check the count,
// then run a BFS from node 0 and see whether it reaches all n nodes.
class Solution {
public:
    bool validTree(int n, vector<vector<int>>& edges) {
        if ((int)edges.size() != n - 1) return false;
        vector<vector<int>> adj(n);
        for (auto& e : edges) {
            adj[e[0]].push_back(e[1]);
            adj[e[1]].push_back(e[0]);
        }
        vector<bool> seen(n, false);
        queue<int> q;
        q.push(0);
        seen[0] = true;
        int reached = 1;
        while (!q.empty()) {
            int v = q.front();
            q.pop();
            for (int w : adj[v])
                if (!seen[w]) seen[w] = true, ++reached, q.push(w);
        }
        return reached == n;
    }
};
