// Classic mistake: the L1 gradient is written as l1 * |w| (the penalty term itself) instead of l1 * sign(w).
class Solution {
public:
    vector<double> penaltyAndGradient(vector<double>& w, double l1, double l2) {
        vector<double> out(w.size() + 1);
        double a = 0, s = 0;
        for (size_t i = 0; i < w.size(); ++i) {
            a += fabs(w[i]);
            s += w[i] * w[i];
            out[i + 1] = l1 * fabs(w[i]) + l2 * w[i];
        }
        out[0] = l1 * a + 0.5 * l2 * s;
        return out;
    }
};
