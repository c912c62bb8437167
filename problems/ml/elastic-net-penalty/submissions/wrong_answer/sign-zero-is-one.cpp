// Classic mistake: sign(w) = w >= 0 ? 1 : -1, so a zero weight gets an L1 subgradient of +1.
class Solution {
public:
    vector<double> elasticNet(vector<double>& w, double lambda, double l1Ratio) {
        double l1 = 0, l2 = 0;
        for (double x : w) l1 += fabs(x), l2 += x * x;
        vector<double> out;
        out.push_back(lambda * (l1Ratio * l1 + (1 - l1Ratio) / 2 * l2));
        for (double x : w) {
            double sign = x >= 0 ? 1.0 : -1.0;
            out.push_back(lambda * (l1Ratio * sign + (1 - l1Ratio) * x));
        }
        return out;
    }
};
