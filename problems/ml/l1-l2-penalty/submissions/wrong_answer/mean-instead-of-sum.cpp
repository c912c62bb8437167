// Classic mistake: averages the penalty over the weights (divides by n) although it is a plain sum.
class Solution {
public:
    vector<double> penaltyAndGradient(vector<double>& w, double l1, double l2) {
        int n = w.size();
        vector<double> out(n + 1);
        double a = 0, s = 0;
        for (int i = 0; i < n; ++i) {
            a += fabs(w[i]);
            s += w[i] * w[i];
            double sign = w[i] > 0 ? 1.0 : (w[i] < 0 ? -1.0 : 0.0);
            out[i + 1] = l1 * sign + l2 * w[i];
        }
        out[0] = (l1 * a + 0.5 * l2 * s) / n;
        return out;
    }
};
