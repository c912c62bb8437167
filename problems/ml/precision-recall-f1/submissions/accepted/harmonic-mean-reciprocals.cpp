// F1 as the harmonic mean 2 / (1/P + 1/R), taken only when both are positive (else 0).
class Solution {
public:
    vector<double> precisionRecallF1(vector<int>& yTrue, vector<int>& yPred) {
        map<pair<int, int>, long long> cnt;
        for (size_t i = 0; i < yTrue.size(); ++i) cnt[{yTrue[i], yPred[i]}]++;
        long double tp = cnt[{1, 1}], fp = cnt[{0, 1}], fn = cnt[{1, 0}];
        long double p = tp + fp > 0 ? tp / (tp + fp) : 0, r = tp + fn > 0 ? tp / (tp + fn) : 0;
        long double f = p > 0 && r > 0 ? 2 / (1 / p + 1 / r) : 0;
        return {(double)p, (double)r, (double)f};
    }
};
