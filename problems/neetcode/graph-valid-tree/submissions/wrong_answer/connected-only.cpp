// Classic mistake: only checks that a search from node 0 reaches every node, so connected graphs with cycles are accepted.
class Solution {
public:
    bool validTree(int n, vector<vector<int>>& edges) {
        vector<vector<int>> adj(n);
        for (auto& e : edges) {
            adj[e[0]].push_back(e[1]);
            adj[e[1]].push_back(e[0]);
        }
        vector<bool> seen(n, false);
        vector<int> stack = {0};
        seen[0] = true;
        int reached = 1;
        while (!stack.empty()) {
            int v = stack.back();
            stack.pop_back();
            for (int w : adj[v])
                if (!seen[w]) seen[w] = true, ++reached, stack.push_back(w);
        }
        return reached == n;
    }
};
