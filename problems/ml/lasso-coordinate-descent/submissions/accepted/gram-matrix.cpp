// Covariance updates: precompute X^T X, X^T y and the column sums once; a sweep then costs O(d^2), not O(n d).
class Solution {
public:
    vector<double> lassoCD(vector<vector<double>>& X, vector<double>& y, double lambda, int iterations) {
        int n = X.size(), d = X[0].size();
        vector<vector<double>> G(d, vector<double>(d, 0.0));
        vector<double> xy(d, 0.0), sx(d, 0.0);
        double sy = 0;
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < d; ++j) {
                for (int k = 0; k < d; ++k) G[j][k] += X[i][j] * X[i][k];
                xy[j] += X[i][j] * y[i];
                sx[j] += X[i][j];
            }
            sy += y[i];
        }
        vector<double> w(d, 0.0);
        double b = 0;
        for (int it = 0; it < iterations; ++it) {
            double s = sy;
            for (int k = 0; k < d; ++k) s -= w[k] * sx[k];
            b = s / n;
            for (int j = 0; j < d; ++j) {
                double rho = xy[j] - b * sx[j];
                for (int k = 0; k < d; ++k)
                    if (k != j) rho -= G[j][k] * w[k];
                rho /= n;
                double z = G[j][j] / n;
                double t = fabs(rho) - lambda;
                w[j] = (z > 0 && t > 0) ? copysign(t, rho) / z : 0.0;
            }
        }
        vector<double> theta{b};
        theta.insert(theta.end(), w.begin(), w.end());
        return theta;
    }
};
