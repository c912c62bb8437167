// Exact integer sum of squared counts in long long, one division at the end: 1 - sum(c^2) / n^2.
class Solution {
public:
    double giniImpurity(vector<int>& labels) {
        map<int, long long> count;
        for (int v : labels) ++count[v];
        long long n = labels.size(), sq = 0;
        for (auto& kv : count) sq += kv.second * kv.second;
        return (double)(n * n - sq) / ((double)n * (double)n);
    }
};
