// Classic mistake: sign(w) written as w >= 0 ? 1 : -1, so a zero weight still gets an L1 push of +l1.
class Solution {
public:
    vector<double> penaltyAndGradient(vector<double>& w, double l1, double l2) {
        vector<double> out(w.size() + 1);
        double a = 0, s = 0;
        for (size_t i = 0; i < w.size(); ++i) {
            a += fabs(w[i]);
            s += w[i] * w[i];
            double sign = w[i] >= 0 ? 1.0 : -1.0;
            out[i + 1] = l1 * sign + l2 * w[i];
        }
        out[0] = l1 * a + 0.5 * l2 * s;
        return out;
    }
};
