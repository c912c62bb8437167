// Classic mistake: for class 0 uses ln(q) like class 1 instead of ln(1 - q).
class Solution {
public:
    double logLoss(vector<int>& y, vector<double>& p) {
        const double eps = 1e-15;
        double total = 0;
        for (size_t i = 0; i < y.size(); ++i) {
            double q = min(max(p[i], eps), 1 - eps);
            total += y[i] == 1 ? log(q) : log(q);
        }
        return -total / y.size();
    }
};
