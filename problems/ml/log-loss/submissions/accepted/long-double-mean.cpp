// Running mean in long double, clipping with std::clamp.
class Solution {
public:
    double logLoss(vector<int>& y, vector<double>& p) {
        const double eps = 1e-15;
        long double mean = 0;
        for (size_t i = 0; i < y.size(); ++i) {
            double q = clamp(p[i], eps, 1 - eps);
            long double loss = y[i] ? -log(q) : -log(1 - q);
            mean += (loss - mean) / (long double)(i + 1);
        }
        return (double)mean;
    }
};
