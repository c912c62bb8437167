// Label propagation: every node starts with its own label; sweep over the edges giving both
// endpoints the smaller label until nothing changes, then count the distinct labels.
// At most n sweeps of 5000 edges.
class Solution {
public:
    int countComponents(int n, vector<vector<int>>& edges) {
        vector<int> label(n);
        iota(label.begin(), label.end(), 0);
        for (bool changed = true; changed;) {
            changed = false;
            for (auto& e : edges) {
                int low = min(label[e[0]], label[e[1]]);
                if (label[e[0]] != low || label[e[1]] != low) {
                    label[e[0]] = label[e[1]] = low;
                    changed = true;
                }
            }
        }
        int components = 0;
        for (int v = 0; v < n; ++v)
            if (label[v] == v) ++components;
        return components;
    }
};
