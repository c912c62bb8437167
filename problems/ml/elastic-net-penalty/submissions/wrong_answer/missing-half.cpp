// Classic mistake: L2 term without the 1/2, lambda * (rho * |w|_1 + (1 - rho) * |w|^2), so the L2 gradient doubles too.
class Solution {
public:
    vector<double> elasticNet(vector<double>& w, double lambda, double l1Ratio) {
        double l1 = 0, l2 = 0;
        for (double x : w) l1 += fabs(x), l2 += x * x;
        vector<double> out;
        out.push_back(lambda * (l1Ratio * l1 + (1 - l1Ratio) * l2));
        for (double x : w) {
            double sign = (x > 0) - (x < 0);
            out.push_back(lambda * (l1Ratio * sign + 2 * (1 - l1Ratio) * x));
        }
        return out;
    }
};
