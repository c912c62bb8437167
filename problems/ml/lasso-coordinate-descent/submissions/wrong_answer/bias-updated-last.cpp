// Classic mistake: refits the bias at the end of each sweep instead of before the weights, so the first sweep runs with b = 0.
class Solution {
public:
    vector<double> lassoCD(vector<vector<double>>& X, vector<double>& y, double lambda, int iterations) {
        int n = X.size(), d = X[0].size();
        vector<double> z(d, 0.0), w(d, 0.0), r(y);
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < d; ++j) z[j] += X[i][j] * X[i][j] / n;
        double b = 0;
        for (int it = 0; it < iterations; ++it) {
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
            double s = 0;
            for (int i = 0; i < n; ++i) s += r[i] + b;
            double nb = s / n;
            for (int i = 0; i < n; ++i) r[i] -= nb - b;
            b = nb;
        }
        vector<double> theta{b};
        theta.insert(theta.end(), w.begin(), w.end());
        return theta;
    }
};
