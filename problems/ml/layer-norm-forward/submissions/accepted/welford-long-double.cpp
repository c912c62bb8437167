// Welford's running mean and variance per row, in long double.
class Solution {
public:
    vector<vector<double>> layerNorm(vector<vector<double>>& X, vector<double>& gamma, vector<double>& beta, double eps) {
        vector<vector<double>> Y = X;
        for (size_t i = 0; i < X.size(); ++i) {
            long double mean = 0, m2 = 0;
            for (size_t j = 0; j < X[i].size(); ++j) {
                long double delta = X[i][j] - mean;
                mean += delta / (long double)(j + 1);
                m2 += delta * (X[i][j] - mean);
            }
            long double sd = sqrtl(m2 / X[i].size() + eps);
            for (size_t j = 0; j < X[i].size(); ++j) Y[i][j] = (double)(gamma[j] * (X[i][j] - mean) / sd + beta[j]);
        }
        return Y;
    }
};
