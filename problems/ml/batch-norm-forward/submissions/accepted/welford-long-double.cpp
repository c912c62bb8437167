// Welford's running mean and variance per column, in long double.
class Solution {
public:
    vector<vector<double>> batchNorm(vector<vector<double>>& X, vector<double>& gamma, vector<double>& beta, double eps) {
        size_t n = X.size(), d = X[0].size();
        vector<long double> mean(d, 0), m2(d, 0);
        for (size_t i = 0; i < n; ++i)
            for (size_t j = 0; j < d; ++j) {
                long double delta = X[i][j] - mean[j];
                mean[j] += delta / (long double)(i + 1);
                m2[j] += delta * (X[i][j] - mean[j]);
            }
        vector<vector<double>> Y = X;
        for (size_t j = 0; j < d; ++j) {
            long double sd = sqrtl(m2[j] / n + eps);
            for (size_t i = 0; i < n; ++i) Y[i][j] = (double)(gamma[j] * (X[i][j] - mean[j]) / sd + beta[j]);
        }
        return Y;
    }
};
