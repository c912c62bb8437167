// Classic mistake: takes the statistics down each column (batch norm) instead of along each row.
class Solution {
public:
    vector<vector<double>> layerNorm(vector<vector<double>>& X, vector<double>& gamma, vector<double>& beta, double eps) {
        int n = X.size(), d = X[0].size();
        vector<vector<double>> Y(n, vector<double>(d));
        for (int j = 0; j < d; ++j) {
            double mean = 0, var = 0;
            for (int i = 0; i < n; ++i) mean += X[i][j];
            mean /= n;
            for (int i = 0; i < n; ++i) var += (X[i][j] - mean) * (X[i][j] - mean);
            var /= n;
            for (int i = 0; i < n; ++i) Y[i][j] = gamma[j] * (X[i][j] - mean) / sqrt(var + eps) + beta[j];
        }
        return Y;
    }
};
