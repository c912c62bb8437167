// One pass per row: variance as mean of squares minus squared mean (clamped at 0).
class Solution {
public:
    vector<vector<double>> layerNorm(vector<vector<double>>& X, vector<double>& gamma, vector<double>& beta, double eps) {
        vector<vector<double>> Y;
        Y.reserve(X.size());
        for (const auto& x : X) {
            double s = 0, q = 0;
            for (double v : x) s += v, q += v * v;
            double m = x.size(), mu = s / m, var = max(0.0, q / m - mu * mu), sd = sqrt(var + eps);
            vector<double> y(x.size());
            for (size_t j = 0; j < x.size(); ++j) y[j] = gamma[j] * ((x[j] - mu) / sd) + beta[j];
            Y.push_back(move(y));
        }
        return Y;
    }
};
