// Classic mistake: squares the raw counts instead of the proportions c/n.
class Solution {
public:
    double giniImpurity(vector<int>& labels) {
        unordered_map<int, long long> count;
        for (int v : labels) ++count[v];
        double sumSq = 0;
        for (auto& [label, c] : count) sumSq += (double)c * c;
        return 1.0 - sumSq;
    }
};
