// Classic mistake: builds the graph from the edge list only and counts components among nodes that appear in some edge, so isolated nodes are never counted.
class Solution {
public:
    int countComponents(int n, vector<vector<int>>& edges) {
        unordered_map<int, vector<int>> adj;
        for (auto& e : edges) {
            adj[e[0]].push_back(e[1]);
            adj[e[1]].push_back(e[0]);
        }
        unordered_set<int> seen;
        int components = 0;
        for (auto& [s, unused] : adj) {
            if (seen.count(s)) continue;
            ++components;
            vector<int> stack = {s};
            seen.insert(s);
            while (!stack.empty()) {
                int v = stack.back();
                stack.pop_back();
                for (int w : adj[v])
                    if (seen.insert(w).second) stack.push_back(w);
            }
        }
        return components;
    }
};
