// Sums shifted by yTrue[0] (so the offset disappears) with Kahan-compensated accumulation.
class Solution {
    struct Kahan {
        double s = 0, c = 0;
        void add(double x) { double y = x - c, t = s + y; c = (t - s) - y; s = t; }
    };
public:
    double r2Score(vector<double>& yTrue, vector<double>& yPred) {
        int n = yTrue.size();
        double k = yTrue[0];
        Kahan sum, sumSq, sse;
        bool constant = true, perfect = true;
        for (int i = 0; i < n; ++i) {
            double d = yTrue[i] - k;  // exact-enough shift: deviations from a sample, not from 0
            if (d != 0) constant = false;
            if (yTrue[i] != yPred[i]) perfect = false;
            sum.add(d);
            sumSq.add(d * d);
            double e = yTrue[i] - yPred[i];
            sse.add(e * e);
        }
        if (constant) return perfect ? 1.0 : 0.0;
        double sst = sumSq.s - sum.s * sum.s / n;
        return 1.0 - sse.s / sst;
    }
};
