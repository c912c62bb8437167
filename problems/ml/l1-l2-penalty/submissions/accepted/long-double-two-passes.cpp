// Penalty in long double over a first pass, gradient with copysign in a second pass.
class Solution {
public:
    vector<double> penaltyAndGradient(vector<double>& w, double l1, double l2) {
        long double a = 0, s = 0;
        for (double v : w) {
            a += fabsl((long double)v);
            s += (long double)v * v;
        }
        vector<double> out;
        out.reserve(w.size() + 1);
        out.push_back((double)(l1 * a + l2 * s / 2));
        for (double v : w) {
            double sign = v == 0 ? 0.0 : copysign(1.0, v);
            out.push_back(l1 * sign + l2 * v);
        }
        return out;
    }
};
