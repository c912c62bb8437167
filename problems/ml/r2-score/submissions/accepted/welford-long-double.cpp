// One pass with Welford's stable running mean / sum of squared deviations, in long double.
class Solution {
public:
    double r2Score(vector<double>& yTrue, vector<double>& yPred) {
        size_t n = yTrue.size();
        bool constant = true, perfect = true;
        long double mean = 0, m2 = 0, sse = 0;
        for (size_t i = 0; i < n; ++i) {
            if (yTrue[i] != yTrue[0]) constant = false;
            if (yTrue[i] != yPred[i]) perfect = false;
            long double x = yTrue[i], delta = x - mean;
            mean += delta / (long double)(i + 1);
            m2 += delta * (x - mean);
            long double e = x - yPred[i];
            sse += e * e;
        }
        if (constant) return perfect ? 1.0 : 0.0;
        return (double)(1 - sse / m2);
    }
};
