// Classic mistake: computes every rho_j from the residuals at the start of the sweep (Jacobi), not the updated ones.
class Solution {
public:
    vector<double> lassoCD(vector<vector<double>>& X, vector<double>& y, double lambda, int iterations) {
        int n = X.size(), d = X[0].size();
        vector<double> z(d, 0.0), w(d, 0.0), r(n);
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < d; ++j) z[j] += X[i][j] * X[i][j] / n;
        double b = 0;
        for (int it = 0; it < iterations; ++it) {
            double s = 0;
            for (int i = 0; i < n; ++i) {
                double p = 0;
                for (int j = 0; j < d; ++j) p += w[j] * X[i][j];
                s += y[i] - p;
            }
            b = s / n;
            for (int i = 0; i < n; ++i) {
                r[i] = y[i] - b;
                for (int j = 0; j < d; ++j) r[i] -= w[j] * X[i][j];
            }
            vector<double> old = w;
            for (int j = 0; j < d; ++j) {
                double rho = 0;
                for (int i = 0; i < n; ++i) rho += X[i][j] * (r[i] + old[j] * X[i][j]);
                rho /= n;
                double nw = 0;
                if (z[j] > 0) {
                    if (rho > lambda) nw = (rho - lambda) / z[j];
                    else if (rho < -lambda) nw = (rho + lambda) / z[j];
                }
                w[j] = nw;
            }
        }
        vector<double> theta{b};
        theta.insert(theta.end(), w.begin(), w.end());
        return theta;
    }
};
