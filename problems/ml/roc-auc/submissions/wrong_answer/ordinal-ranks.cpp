// Classic mistake: rank-sum formula with ranks 1..n taken from the sorted order instead of averaged over ties.
class Solution {
public:
    double rocAuc(vector<int>& yTrue, vector<double>& scores) {
        int n = scores.size();
        vector<pair<double, int>> v(n);
        for (int i = 0; i < n; ++i) v[i] = {scores[i], yTrue[i]};
        sort(v.begin(), v.end());
        double rankSum = 0, P = 0;
        for (int i = 0; i < n; ++i)
            if (v[i].second == 1) rankSum += i + 1, P += 1;
        double N = n - P;
        return (rankSum - P * (P + 1) / 2) / (P * N);
    }
};
