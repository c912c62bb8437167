// Classic mistake: the penalty has the 1/2 but the gradient of (l2/2) w^2 is taken as 2 * l2 * w.
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
        out[0] = l1 * a + 0.5 * l2 * s;
        return out;
    }
};
