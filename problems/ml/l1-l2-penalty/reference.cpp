class Solution {
public:
    vector<double> penaltyAndGradient(vector<double>& w, double l1, double l2) {
        // out[0] = l1 * sum|w| + (l2 / 2) * sum w^2; out[i + 1] = l1 * sign(w[i]) + l2 * w[i].
        int n = w.size();
        vector<double> out(n + 1);
        double absSum = 0, sqSum = 0;
        for (int i = 0; i < n; ++i) {
            double v = w[i];
            absSum += fabs(v);
            sqSum += v * v;
            double sign = v > 0 ? 1.0 : (v < 0 ? -1.0 : 0.0);  // sign(0) = 0, also for -0.0
            out[i + 1] = l1 * sign + l2 * v;
        }
        out[0] = l1 * absSum + 0.5 * l2 * sqSum;
        return out;
    }
};
