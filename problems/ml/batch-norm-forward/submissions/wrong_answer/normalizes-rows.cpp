// Classic mistake: takes the mean and variance along each row (layer norm) instead of down each column.
class Solution {
public:
    vector<vector<double>> batchNorm(vector<vector<double>>& X, vector<double>& gamma, vector<double>& beta, double eps) {
        int n = X.size(), d = X[0].size();
        vector<vector<double>> Y(n, vector<double>(d));
        for (int i = 0; i < n; ++i) {
            double mean = 0, var = 0;
            for (int j = 0; j < d; ++j) mean += X[i][j];
            mean /= d;
            for (int j = 0; j < d; ++j) var += (X[i][j] - mean) * (X[i][j] - mean);
            var /= d;
            for (int j = 0; j < d; ++j) Y[i][j] = gamma[j] * (X[i][j] - mean) / sqrt(var + eps) + beta[j];
        }
        return Y;
    }
};
