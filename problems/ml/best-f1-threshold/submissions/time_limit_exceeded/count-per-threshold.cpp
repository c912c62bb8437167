// Brute force: for every distinct score, counts TP and FP over all samples again: O(n * distinct scores).
class Solution {
public:
    double bestF1Threshold(vector<int>& yTrue, vector<double>& scores) {
        int n = yTrue.size(), P = 0;
        for (int y : yTrue) P += y;
        set<double, greater<double>> thresholds(scores.begin(), scores.end());
        long long bestNum = -1, bestDen = 1;
        double best = 0;
        for (double t : thresholds) {
            long long tp = 0, fp = 0;
            for (int i = 0; i < n; ++i)
                if (scores[i] >= t) {
                    if (yTrue[i] == 1) ++tp;
                    else ++fp;
                }
            long long num = 2 * tp, den = tp + fp + P;
            if (num * bestDen > bestNum * den) bestNum = num, bestDen = den, best = t;
        }
        return best;
    }
};
