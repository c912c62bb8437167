// Classic mistake: assumes every edge merges two components (n - edges), which is wrong as soon as an edge closes a cycle.
class Solution {
public:
    int countComponents(int n, vector<vector<int>>& edges) {
        return n - (int)edges.size();
    }
};
