// Sums the two classes separately with Kahan compensation, using the y*ln(q) + (1-y)*ln1p(-q) form.
class Solution {
public:
    double logLoss(vector<int>& y, vector<double>& p) {
        const double eps = 1e-15;
        double sum[2] = {0, 0}, comp[2] = {0, 0};
        for (size_t i = 0; i < y.size(); ++i) {
            double q = p[i] < eps ? eps : (p[i] > 1 - eps ? 1 - eps : p[i]);
            double term = y[i] * log(q) + (1 - y[i]) * log1p(-q);
            int c = y[i];
            double t = term - comp[c];
            double s = sum[c] + t;
            comp[c] = (s - sum[c]) - t;
            sum[c] = s;
        }
        return -(sum[0] + sum[1]) / y.size();
    }
};
