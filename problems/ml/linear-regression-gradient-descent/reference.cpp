class Solution {
public:
    vector<double> linearRegressionGD(vector<vector<double>>& X, vector<double>& y, double lr, int epochs) {
        int n = X.size(), d = X[0].size();
        vector<double> w(d, 0.0), gw(d);
        double b = 0;
        for (int e = 0; e < epochs; ++e) {
            // Full batch: every gradient uses the parameters from the start of the epoch.
            fill(gw.begin(), gw.end(), 0.0);
            double gb = 0;
            for (int i = 0; i < n; ++i) {
                const double* x = X[i].data();
                double err = b - y[i];
                for (int j = 0; j < d; ++j) err += w[j] * x[j];
                for (int j = 0; j < d; ++j) gw[j] += err * x[j];
                gb += err;
            }
            // d/dw of (1/n) sum (yhat - y)^2 = (2/n) sum (yhat - y) x.
            for (int j = 0; j < d; ++j) w[j] -= lr * (2.0 * gw[j] / n);
            b -= lr * (2.0 * gb / n);
        }
        vector<double> theta{b};
        theta.insert(theta.end(), w.begin(), w.end());
        return theta;  // [b, w_0, ..., w_(d-1)]
    }
};
