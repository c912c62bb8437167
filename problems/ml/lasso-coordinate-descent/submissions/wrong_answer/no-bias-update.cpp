// Classic mistake: never fits the bias (it stays 0), so the weights try to explain the mean of y.
class Solution {
public:
    vector<double> lassoCD(vector<vector<double>>& X, vector<double>& y, double lambda, int iterations) {
        int n = X.size(), d = X[0].size();
        vector<double> z(d, 0.0), w(d, 0.0), r(y);
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < d; ++j) z[j] += X[i][j] * X[i][j] / n;
        for (int it = 0; it < iterations; ++it)
            for (int j = 0; j < d; ++j) {
                double rho = 0;
                for (int i = 0; i < n; ++i) rho += X[i][j] * (r[i] + w[j] * X[i][j]);
                rho /= n;
                double nw = 0;
                if (z[j] > 0) {
                    if (rho > lambda) nw = (rho - lambda) / z[j];
                    else if (rho < -lambda) nw = (rho + lambda) / z[j];
                }
                for (int i = 0; i < n; ++i) r[i] -= (nw - w[j]) * X[i][j];
                w[j] = nw;
            }
        vector<double> theta{0.0};
        theta.insert(theta.end(), w.begin(), w.end());
        return theta;
    }
};
