// Add the edges in order; before adding [a, b], a DFS over the edges added so far tells
// whether a and b are already connected. O(n^2), 10^6 steps at n = 1000.
class Solution {
public:
    vector<int> findRedundantConnection(vector<vector<int>>& edges) {
        int n = edges.size();
        vector<vector<int>> adj(n + 1);
        for (auto& e : edges) {
            vector<bool> seen(n + 1, false);
            vector<int> stack = {e[0]};
            seen[e[0]] = true;
            bool connected = false;
            while (!stack.empty() && !connected) {
                int v = stack.back();
                stack.pop_back();
                for (int w : adj[v])
                    if (!seen[w]) {
                        if (w == e[1]) connected = true;
                        seen[w] = true;
                        stack.push_back(w);
                    }
            }
            if (connected) return e;
            adj[e[0]].push_back(e[1]);
            adj[e[1]].push_back(e[0]);
        }
        return {};
    }
};
