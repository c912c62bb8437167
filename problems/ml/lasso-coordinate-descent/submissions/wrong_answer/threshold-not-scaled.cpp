// Classic mistake: uses plain sums for rho and z but still thresholds at lambda instead of n * lambda.
class Solution {
public:
    vector<double> lassoCD(vector<vector<double>>& X, vector<double>& y, double lambda, int iterations) {
        int n = X.size(), d = X[0].size();
        vector<double> z(d, 0.0), w(d, 0.0), r(y);
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < d; ++j) z[j] += X[i][j] * X[i][j];
        double b = 0;
        for (int it = 0; it < iterations; ++it) {
            double s = 0;
            for (int i = 0; i < n; ++i) s += r[i] + b;
            double nb = s / n;
            for (int i = 0; i < n; ++i) r[i] -= nb - b;
            b = nb;
            for (int j = 0; j < d; ++j) {
                double rho = 0;
                for (int i = 0; i < n; ++i) rho += X[i][j] * (r[i] + w[j] * X[i][j]);
                double nw = 0;
                if (z[j] > 0) {
                    if (rho > lambda) nw = (rho - lambda) / z[j];
                    else if (rho < -lambda) nw = (rho + lambda) / z[j];
                }
                for (int i = 0; i < n; ++i) r[i] -= (nw - w[j]) * X[i][j];
                w[j] = nw;
            }
        }
        vector<double> theta{b};
        theta.insert(theta.end(), w.begin(), w.end());
        return theta;
    }
};
