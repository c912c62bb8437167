class Solution {
public:
    bool validTree(int n, vector<vector<int>>& edges) {
        // A tree has exactly n - 1 edges; with that many, it is a tree iff no edge closes a cycle.
        if ((int)edges.size() != n - 1) return false;
        vector<int> parent(n);
        iota(parent.begin(), parent.end(), 0);
        auto find = [&](int x) {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        };
        for (auto& e : edges) {
            int a = find(e[0]), b = find(e[1]);
            if (a == b) return false;
            parent[a] = b;
        }
        return true;
    }
};
