// Naive: for every distinct label, counts it with a full scan of the array (O(n * classes)).
class Solution {
public:
    double giniImpurity(vector<int>& labels) {
        vector<int> seen;
        double n = labels.size(), sumSq = 0;
        for (size_t i = 0; i < labels.size(); ++i) {
            bool first = true;
            for (size_t j = 0; j < i; ++j)
                if (labels[j] == labels[i]) { first = false; break; }
            if (!first) continue;
            long long c = count(labels.begin(), labels.end(), labels[i]);
            double p = c / n;
            sumSq += p * p;
        }
        return 1.0 - sumSq;
    }
};
