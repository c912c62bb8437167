// Classic mistake: after the unions, counts distinct parent[] values without calling find on each node, so chains of length > 1 are counted several times.
class Solution {
public:
    int countComponents(int n, vector<vector<int>>& edges) {
        vector<int> parent(n);
        iota(parent.begin(), parent.end(), 0);
        function<int(int)> find = [&](int x) { return parent[x] == x ? x : find(parent[x]); };
        for (auto& e : edges) {
            int a = find(e[0]), b = find(e[1]);
            if (a != b) parent[a] = b;
        }
        return (int)set<int>(parent.begin(), parent.end()).size();
    }
};
