class Solution {
public:
    vector<int> findRedundantConnection(vector<vector<int>>& edges) {
        // Union-find over the edges in order: the first edge joining two already connected
        // nodes closes the cycle, and it is the cycle's edge that comes last in the input.
        vector<int> parent(edges.size() + 1);
        iota(parent.begin(), parent.end(), 0);
        auto find = [&](int x) {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        };
        for (auto& e : edges) {
            int a = find(e[0]), b = find(e[1]);
            if (a == b) return e;
            parent[a] = b;
        }
        return {};
    }
};
