// Classic mistake: the union links the node itself (parent[a] = b) instead of the root of its set, cutting a off from the nodes it was already joined to.
class Solution {
public:
    vector<int> findRedundantConnection(vector<vector<int>>& edges) {
        vector<int> parent(edges.size() + 1);
        iota(parent.begin(), parent.end(), 0);
        function<int(int)> find = [&](int x) { return parent[x] == x ? x : find(parent[x]); };
        for (auto& e : edges) {
            if (find(e[0]) == find(e[1])) return e;
            parent[e[0]] = e[1];
        }
        return {};
    }
};
