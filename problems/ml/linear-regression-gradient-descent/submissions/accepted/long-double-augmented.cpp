// Treats the bias as the weight of a constant feature 1 and accumulates gradients in long double.
class Solution {
public:
    vector<double> linearRegressionGD(vector<vector<double>>& X, vector<double>& y, double lr, int epochs) {
        int n = X.size(), d = X[0].size();
        vector<vector<double>> A(n);
        for (int i = 0; i < n; ++i) {
            A[i].push_back(1.0);
            A[i].insert(A[i].end(), X[i].begin(), X[i].end());
        }
        vector<double> theta(d + 1, 0.0);
        vector<long double> g(d + 1);
        for (int e = 0; e < epochs; ++e) {
            fill(g.begin(), g.end(), 0.0L);
            for (int i = 0; i < n; ++i) {
                long double pred = 0;
                for (int j = 0; j <= d; ++j) pred += (long double)theta[j] * A[i][j];
                long double r = pred - y[i];
                for (int j = 0; j <= d; ++j) g[j] += r * A[i][j];
            }
            for (int j = 0; j <= d; ++j) theta[j] -= (double)(lr * 2 * g[j] / n);
        }
        return theta;
    }
};
