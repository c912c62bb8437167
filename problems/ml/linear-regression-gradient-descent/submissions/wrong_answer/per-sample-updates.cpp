// Classic mistake: updates the parameters after every sample (stochastic steps) instead of once per epoch on the full batch.
class Solution {
public:
    vector<double> linearRegressionGD(vector<vector<double>>& X, vector<double>& y, double lr, int epochs) {
        int n = X.size(), d = X[0].size();
        vector<double> w(d, 0.0);
        double b = 0;
        for (int e = 0; e < epochs; ++e)
            for (int i = 0; i < n; ++i) {
                double err = b - y[i];
                for (int j = 0; j < d; ++j) err += w[j] * X[i][j];
                for (int j = 0; j < d; ++j) w[j] -= lr * 2.0 * err * X[i][j] / n;
                b -= lr * 2.0 * err / n;
            }
        vector<double> theta{b};
        theta.insert(theta.end(), w.begin(), w.end());
        return theta;
    }
};
