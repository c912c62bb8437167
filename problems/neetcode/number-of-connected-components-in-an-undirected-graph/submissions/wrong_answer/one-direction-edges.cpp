// Classic mistake: stores each edge in one direction only (a -> b), so a search misses nodes that are only reachable against the stored direction.
class Solution {
public:
    int countComponents(int n, vector<vector<int>>& edges) {
        vector<vector<int>> adj(n);
        for (auto& e : edges) adj[e[0]].push_back(e[1]);
        vector<bool> seen(n, false);
        int components = 0;
        for (int s = 0; s < n; ++s) {
            if (seen[s]) continue;
            ++components;
            vector<int> stack = {s};
            seen[s] = true;
            while (!stack.empty()) {
                int v = stack.back();
                stack.pop_back();
                for (int w : adj[v])
                    if (!seen[w]) seen[w] = true, stack.push_back(w);
            }
        }
        return components;
    }
};
