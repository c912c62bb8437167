// Classic mistake: p = c / n in integer arithmetic is 0 for every class of an impure node.
class Solution {
public:
    double giniImpurity(vector<int>& labels) {
        unordered_map<int, int> count;
        for (int v : labels) ++count[v];
        int n = labels.size();
        double sumSq = 0;
        for (auto& [label, c] : count) {
            double p = c / n;
            sumSq += p * p;
        }
        return 1.0 - sumSq;
    }
};
