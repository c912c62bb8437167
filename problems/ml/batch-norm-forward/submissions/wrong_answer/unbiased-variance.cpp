// Classic mistake: sample (unbiased) variance, dividing by n - 1 instead of n.
class Solution {
public:
    vector<vector<double>> batchNorm(vector<vector<double>>& X, vector<double>& gamma, vector<double>& beta, double eps) {
        int n = X.size(), d = X[0].size();
        // Two passes over the rows, all columns at once (row-major friendly).
        vector<double> mean(d, 0.0), var(d, 0.0);
        for (const auto& row : X)
            for (int j = 0; j < d; ++j) mean[j] += row[j];
        for (int j = 0; j < d; ++j) mean[j] /= n;
        for (const auto& row : X)
            for (int j = 0; j < d; ++j) {
                double c = row[j] - mean[j];
                var[j] += c * c;
            }
        vector<double> scale(d);
        for (int j = 0; j < d; ++j) scale[j] = gamma[j] / sqrt(var[j] / (n - 1) + eps);
        vector<vector<double>> Y(n, vector<double>(d));
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < d; ++j) Y[i][j] = (X[i][j] - mean[j]) * scale[j] + beta[j];
        return Y;
    }
};
