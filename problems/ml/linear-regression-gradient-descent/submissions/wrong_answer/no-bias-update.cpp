// Classic mistake: computes the bias gradient but never applies it, so b stays 0.
class Solution {
public:
    vector<double> linearRegressionGD(vector<vector<double>>& X, vector<double>& y, double lr, int epochs) {
        int n = X.size(), d = X[0].size();
        vector<double> w(d, 0.0), gw(d);
        double b = 0;
        for (int e = 0; e < epochs; ++e) {
            fill(gw.begin(), gw.end(), 0.0);
            double gb = 0;
            for (int i = 0; i < n; ++i) {
                double err = b - y[i];
                for (int j = 0; j < d; ++j) err += w[j] * X[i][j];
                for (int j = 0; j < d; ++j) gw[j] += err * X[i][j];
                gb += err;
            }
            for (int j = 0; j < d; ++j) w[j] -= lr * 2 * gw[j] / n;
            (void)gb;
        }
        vector<double> theta{b};
        theta.insert(theta.end(), w.begin(), w.end());
        return theta;
    }
};
