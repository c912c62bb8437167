// Classic mistake: sign(w) computed as w / |w|, which is 0 / 0 = nan for a zero weight.
class Solution {
public:
    vector<double> elasticNet(vector<double>& w, double lambda, double l1Ratio) {
        double l1 = 0, l2 = 0;
        for (double x : w) l1 += fabs(x), l2 += x * x;
        vector<double> out;
        out.push_back(lambda * (l1Ratio * l1 + (1 - l1Ratio) / 2 * l2));
        for (double x : w) out.push_back(lambda * (l1Ratio * (x / fabs(x)) + (1 - l1Ratio) * x));
        return out;
    }
};
