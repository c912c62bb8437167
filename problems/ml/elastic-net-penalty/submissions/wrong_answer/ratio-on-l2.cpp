// Classic mistake: l1Ratio weights the L2 term and 1 - l1Ratio the L1 term (the roles swapped).
class Solution {
public:
    vector<double> elasticNet(vector<double>& w, double lambda, double l1Ratio) {
        double l1 = 0, l2 = 0;
        for (double x : w) l1 += fabs(x), l2 += x * x;
        vector<double> out;
        out.push_back(lambda * ((1 - l1Ratio) * l1 + l1Ratio / 2 * l2));
        for (double x : w) {
            double sign = (x > 0) - (x < 0);
            out.push_back(lambda * ((1 - l1Ratio) * sign + l1Ratio * x));
        }
        return out;
    }
};
