// Running mean of the squared residuals in long double: m_k = m_(k-1) + (r_k^2 - m_(k-1)) / k.
class Solution {
public:
    double meanSquaredError(vector<double>& yTrue, vector<double>& yPred) {
        long double m = 0;
        for (size_t i = 0; i < yTrue.size(); ++i) {
            long double r = (long double)yTrue[i] - yPred[i];
            m += (r * r - m) / (long double)(i + 1);
        }
        return (double)m;
    }
};
