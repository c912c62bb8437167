// Sorts (score, label) ascending, walks from the top end; ties (>=) move the answer only to a larger threshold.
class Solution {
public:
    double bestF1Threshold(vector<int>& yTrue, vector<double>& scores) {
        int n = scores.size();
        vector<pair<double, int>> v(n);
        for (int i = 0; i < n; ++i) v[i] = {scores[i], yTrue[i]};
        sort(v.begin(), v.end());
        long long P = 0;
        for (int y : yTrue) P += y;
        // Suffix counts: candidate v[i].first (first of its group) predicts v[i..n-1] positive.
        long long tp = 0, seen = 0, bestNum = -1, bestDen = 1;
        double best = 0;
        for (int i = n - 1; i >= 0; --i) {
            ++seen, tp += v[i].second;
            if (i > 0 && v[i - 1].first == v[i].first) continue;
            long long num = 2 * tp, den = seen + P;  // TP + FP = seen
            if (num * bestDen > bestNum * den) bestNum = num, bestDen = den, best = v[i].first;
        }
        return best;
    }
};
