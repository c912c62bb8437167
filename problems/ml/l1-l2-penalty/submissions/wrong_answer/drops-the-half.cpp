// Classic mistake: drops the 1/2, using l2 * sum w^2 as the penalty and 2 * l2 * w as its gradient.
class Solution {
public:
    vector<double> penaltyAndGradient(vector<double>& w, double l1, double l2) {
        vector<double> out(w.size() + 1);
        double a = 0, s = 0;
        for (size_t i = 0; i < w.size(); ++i) {
            a += fabs(w[i]);
            s += w[i] * w[i];
            double sign = w[i] > 0 ? 1.0 : (w[i] < 0 ? -1.0 : 0.0);
            out[i + 1] = l1 * sign + 2 * l2 * w[i];
        }
        out[0] = l1 * a + l2 * s;
        return out;
    }
};
