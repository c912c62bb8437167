// Works with plain sums (no 1/n): rho' = n rho and z' = n z, so the threshold becomes n * lambda.
// Predictions X w are kept in long double and the bias is recomputed from them every sweep.
class Solution {
public:
    vector<double> lassoCD(vector<vector<double>>& X, vector<double>& y, double lambda, int iterations) {
        int n = X.size(), d = X[0].size();
        vector<long double> pred(n, 0.0L), zz(d, 0.0L);
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < d; ++j) zz[j] += (long double)X[i][j] * X[i][j];
        vector<double> w(d, 0.0);
        double b = 0;
        long double thr = (long double)n * lambda;
        for (int it = 0; it < iterations; ++it) {
            long double s = 0;
            for (int i = 0; i < n; ++i) s += y[i] - pred[i];
            b = (double)(s / n);
            for (int j = 0; j < d; ++j) {
                long double rho = 0;
                for (int i = 0; i < n; ++i) rho += X[i][j] * (y[i] - b - pred[i] + w[j] * X[i][j]);
                long double nw = 0;
                if (zz[j] > 0) {
                    if (rho > thr) nw = (rho - thr) / zz[j];
                    else if (rho < -thr) nw = (rho + thr) / zz[j];
                }
                double delta = (double)nw - w[j];
                if (delta != 0) {
                    for (int i = 0; i < n; ++i) pred[i] += (long double)delta * X[i][j];
                    w[j] = (double)nw;
                }
            }
        }
        vector<double> theta{b};
        theta.insert(theta.end(), w.begin(), w.end());
        return theta;
    }
};
