// Classic mistake: returns the first edge whose two endpoints have both appeared before, which also happens when an edge merely joins two separate groups.
class Solution {
public:
    vector<int> findRedundantConnection(vector<vector<int>>& edges) {
        unordered_set<int> seen;
        for (auto& e : edges) {
            if (seen.count(e[0]) && seen.count(e[1])) return e;
            seen.insert(e[0]);
            seen.insert(e[1]);
        }
        return {};
    }
};
