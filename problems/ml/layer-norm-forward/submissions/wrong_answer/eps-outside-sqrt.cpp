// Classic mistake: adds eps to the standard deviation instead of to the variance under the root.
class Solution {
public:
    vector<vector<double>> layerNorm(vector<vector<double>>& X, vector<double>& gamma, vector<double>& beta, double eps) {
        int n = X.size(), d = X[0].size();
        vector<vector<double>> Y(n, vector<double>(d));
        for (int i = 0; i < n; ++i) {
            const vector<double>& x = X[i];
            double mean = 0;
            for (int j = 0; j < d; ++j) mean += x[j];
            mean /= d;
            double var = 0;
            for (int j = 0; j < d; ++j) var += (x[j] - mean) * (x[j] - mean);
            double inv = 1.0 / (sqrt(var / d) + eps);
            for (int j = 0; j < d; ++j) Y[i][j] = gamma[j] * (x[j] - mean) * inv + beta[j];
        }
        return Y;
    }
};
