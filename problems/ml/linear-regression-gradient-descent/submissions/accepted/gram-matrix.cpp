// Precomputes A^T A and A^T y once; then each epoch's gradient (2/n)(A^T A theta - A^T y) costs O(d^2).
class Solution {
public:
    vector<double> linearRegressionGD(vector<vector<double>>& X, vector<double>& y, double lr, int epochs) {
        int n = X.size(), m = X[0].size() + 1;
        vector<vector<double>> G(m, vector<double>(m, 0.0));
        vector<double> c(m, 0.0), a(m);
        for (int i = 0; i < n; ++i) {
            a[0] = 1.0;
            for (int j = 1; j < m; ++j) a[j] = X[i][j - 1];
            for (int r = 0; r < m; ++r) {
                for (int k = 0; k < m; ++k) G[r][k] += a[r] * a[k];
                c[r] += a[r] * y[i];
            }
        }
        vector<double> theta(m, 0.0), grad(m);
        for (int e = 0; e < epochs; ++e) {
            for (int r = 0; r < m; ++r) {
                double s = -c[r];
                for (int k = 0; k < m; ++k) s += G[r][k] * theta[k];
                grad[r] = 2.0 / n * s;
            }
            for (int r = 0; r < m; ++r) theta[r] -= lr * grad[r];
        }
        return theta;
    }
};
