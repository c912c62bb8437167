class Solution {
public:
    double giniImpurity(vector<int>& labels) {
        // Count each label, then 1 - sum of squared proportions.
        unordered_map<int, long long> count;
        count.reserve(labels.size() * 2);
        for (int v : labels) ++count[v];
        double n = labels.size(), sumSq = 0;
        for (auto& [label, c] : count) {
            double p = c / n;
            sumSq += p * p;
        }
        return 1.0 - sumSq;
    }
};
