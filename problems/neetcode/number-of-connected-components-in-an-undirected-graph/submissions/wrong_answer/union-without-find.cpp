// Classic mistake: the union links the endpoint itself (parent[a] = b) instead of the root of its set, cutting a off from the nodes it was joined to.
class Solution {
public:
    int countComponents(int n, vector<vector<int>>& edges) {
        vector<int> parent(n);
        iota(parent.begin(), parent.end(), 0);
        function<int(int)> find = [&](int x) { return parent[x] == x ? x : find(parent[x]); };
        for (auto& e : edges)
            if (find(e[0]) != find(e[1])) parent[e[0]] = e[1];
        int components = 0;
        for (int v = 0; v < n; ++v)
            if (find(v) == v) ++components;
        return components;
    }
};
