// DFS from node 0 remembering the edge each node was reached by: meeting an already visited
// node through any other edge is a cycle; afterwards every node must have been visited.
class Solution {
public:
    bool validTree(int n, vector<vector<int>>& edges) {
        vector<vector<int>> adj(n);
        for (auto& e : edges) {
            adj[e[0]].push_back(e[1]);
            adj[e[1]].push_back(e[0]);
        }
        vector<int> parent(n, -2);
        parent[0] = -1;
        vector<int> stack = {0};
        int visited = 1;
        while (!stack.empty()) {
            int v = stack.back();
            stack.pop_back();
            for (int w : adj[v]) {
                if (w == parent[v]) continue;
                if (parent[w] != -2) return false;
                parent[w] = v;
                ++visited;
                stack.push_back(w);
            }
        }
        return visited == n;
    }
};
