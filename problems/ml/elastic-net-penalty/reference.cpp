class Solution {
public:
    vector<double> elasticNet(vector<double>& w, double lambda, double l1Ratio) {
        double l1 = 0, l2 = 0;
        for (double x : w) l1 += fabs(x), l2 += x * x;
        vector<double> out;
        out.reserve(w.size() + 1);
        out.push_back(lambda * (l1Ratio * l1 + (1 - l1Ratio) / 2 * l2));
        for (double x : w) {
            double sign = (x > 0) - (x < 0);  // sign(0) = 0
            out.push_back(lambda * (l1Ratio * sign + (1 - l1Ratio) * x));
        }
        return out;
    }
};
