class Solution {
public:
    vector<double> lassoCD(vector<vector<double>>& X, vector<double>& y, double lambda, int iterations) {
        int n = X.size(), d = X[0].size();
        // Column-major copy and z_j = (1/n) sum_i x_ij^2.
        vector<vector<double>> col(d, vector<double>(n));
        vector<double> z(d, 0.0);
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < d; ++j) col[j][i] = X[i][j], z[j] += X[i][j] * X[i][j];
        for (double& v : z) v /= n;
        vector<double> w(d, 0.0);
        double b = 0;
        vector<double> r(y);  // r_i = y_i - b - w . x_i, kept up to date
        for (int it = 0; it < iterations; ++it) {
            // 1. The bias: the mean of y - X w.
            double s = 0;
            for (int i = 0; i < n; ++i) s += r[i] + b;
            double nb = s / n;
            for (int i = 0; i < n; ++i) r[i] -= nb - b;
            b = nb;
            // 2. Each weight in turn, from the residual that already holds the new values.
            for (int j = 0; j < d; ++j) {
                const double* x = col[j].data();
                double rho = 0;
                for (int i = 0; i < n; ++i) rho += x[i] * (r[i] + w[j] * x[i]);
                rho /= n;
                double nw = 0;
                if (z[j] > 0) {
                    if (rho > lambda) nw = (rho - lambda) / z[j];
                    else if (rho < -lambda) nw = (rho + lambda) / z[j];
                }
                if (nw != w[j]) {
                    double delta = nw - w[j];
                    for (int i = 0; i < n; ++i) r[i] -= delta * x[i];
                    w[j] = nw;
                }
            }
        }
        vector<double> theta{b};
        theta.insert(theta.end(), w.begin(), w.end());
        return theta;  // [b, w_0, ..., w_(d-1)]
    }
};
