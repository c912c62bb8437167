// Classic mistake: 1 - sum(p) instead of 1 - sum(p^2); the proportions always sum to 1, so it returns 0.
class Solution {
public:
    double giniImpurity(vector<int>& labels) {
        unordered_map<int, long long> count;
        for (int v : labels) ++count[v];
        double n = labels.size(), sum = 0;
        for (auto& [label, c] : count) sum += c / n;
        return 1.0 - sum;
    }
};
