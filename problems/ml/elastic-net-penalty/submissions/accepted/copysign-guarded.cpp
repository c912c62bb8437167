// Uses copysign for the sign of nonzero weights and an explicit zero test; accumulates with Kahan sums.
class Solution {
public:
    vector<double> elasticNet(vector<double>& w, double lambda, double l1Ratio) {
        double s1 = 0, c1 = 0, s2 = 0, c2 = 0;
        auto kahan = [](double& s, double& c, double x) {
            double y = x - c, t = s + y;
            c = (t - s) - y;
            s = t;
        };
        vector<double> out(1);
        for (double x : w) {
            kahan(s1, c1, fabs(x));
            kahan(s2, c2, 0.5 * x * x);
            double sign = x == 0 ? 0.0 : copysign(1.0, x);
            out.push_back(lambda * l1Ratio * sign + lambda * (1 - l1Ratio) * x);
        }
        out[0] = lambda * l1Ratio * s1 + lambda * (1 - l1Ratio) * s2;
        return out;
    }
};
