// Classic mistake: only checks that there are n - 1 edges, so a cycle plus a separate piece with the right edge count passes.
class Solution {
public:
    bool validTree(int n, vector<vector<int>>& edges) {
        return (int)edges.size() == n - 1;
    }
};
