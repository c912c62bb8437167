// Correct, but a rewrite: predictions first, then the gradient.
class Solution {
public:
    vector<double> trainLogistic(vector<vector<double>>& X, vector<int>& y, double lr, int epochs) {
        int n = X.size(), d = X[0].size();
        vector<double> theta(d + 1, 0.0);  // weights, then the bias
        for (int e = 0; e < epochs; ++e) {
            vector<double> residual(n);
            for (int i = 0; i < n; ++i) {
                double z = theta[d];
                for (int j = 0; j < d; ++j) z += theta[j] * X[i][j];
                residual[i] = 1 / (1 + exp(-z)) - y[i];
            }
            vector<double> grad(d + 1, 0.0);
            for (int i = 0; i < n; ++i) {
                for (int j = 0; j < d; ++j) grad[j] += residual[i] * X[i][j];
                grad[d] += residual[i];
            }
            for (int j = 0; j <= d; ++j) theta[j] -= lr * grad[j] / n;
        }
        return theta;
    }
};
