// One pass per column: variance as mean of squares minus squared mean (clamped at 0).
class Solution {
public:
    vector<vector<double>> batchNorm(vector<vector<double>>& X, vector<double>& gamma, vector<double>& beta, double eps) {
        size_t n = X.size(), d = X[0].size();
        vector<vector<double>> Y(n, vector<double>(d));
        for (size_t j = 0; j < d; ++j) {
            double s = 0, q = 0;
            for (size_t i = 0; i < n; ++i) {
                s += X[i][j];
                q += X[i][j] * X[i][j];
            }
            double mu = s / n, var = max(0.0, q / n - mu * mu);
            double inv = 1.0 / sqrt(var + eps);
            for (size_t i = 0; i < n; ++i) Y[i][j] = gamma[j] * ((X[i][j] - mu) * inv) + beta[j];
        }
        return Y;
    }
};
