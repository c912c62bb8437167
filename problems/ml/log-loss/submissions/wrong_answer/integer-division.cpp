// Classic mistake: 1 / n in integer arithmetic is 0 for every n > 1.
class Solution {
public:
    double logLoss(vector<int>& y, vector<double>& p) {
        const double eps = 1e-15;
        double total = 0;
        int n = y.size();
        for (int i = 0; i < n; ++i) {
            double q = min(max(p[i], eps), 1 - eps);
            total += y[i] == 1 ? log(q) : log(1 - q);
        }
        return -(1 / n) * total;
    }
};
