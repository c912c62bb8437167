// Classic mistake: one mean and variance over the whole batch (every element) instead of per row.
class Solution {
public:
    vector<vector<double>> layerNorm(vector<vector<double>>& X, vector<double>& gamma, vector<double>& beta, double eps) {
        int n = X.size(), d = X[0].size();
        double mean = 0, var = 0;
        for (auto& row : X)
            for (double v : row) mean += v;
        mean /= (double)n * d;
        for (auto& row : X)
            for (double v : row) var += (v - mean) * (v - mean);
        var /= (double)n * d;
        vector<vector<double>> Y(n, vector<double>(d));
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < d; ++j) Y[i][j] = gamma[j] * (X[i][j] - mean) / sqrt(var + eps) + beta[j];
        return Y;
    }
};
