// Mann-Whitney U: average ranks over ties, U = (sum of positive ranks) - P(P+1)/2, AUC = U / (P N).
class Solution {
public:
    double rocAuc(vector<int>& yTrue, vector<double>& scores) {
        int n = scores.size();
        vector<pair<double, int>> v(n);
        for (int i = 0; i < n; ++i) v[i] = {scores[i], yTrue[i]};
        sort(v.begin(), v.end());
        double rankSum = 0, P = 0;
        for (int i = 0; i < n;) {
            int j = i;
            while (j < n && v[j].first == v[i].first) ++j;
            double midRank = (i + 1 + j) / 2.0;  // ranks i+1 .. j share their average
            for (int k = i; k < j; ++k)
                if (v[k].second == 1) rankSum += midRank, P += 1;
            i = j;
        }
        double N = n - P;
        return (rankSum - P * (P + 1) / 2) / (P * N);
    }
};
