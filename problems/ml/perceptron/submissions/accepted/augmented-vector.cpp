// Folds the bias into the weights: every sample gets a leading constant feature 1, theta = [b, w].
class Solution {
public:
    vector<double> perceptron(vector<vector<double>>& X, vector<int>& y, int epochs, double lr) {
        int n = X.size(), m = X[0].size() + 1;
        vector<vector<double>> A(n);
        for (int i = 0; i < n; ++i) {
            A[i].push_back(1.0);
            A[i].insert(A[i].end(), X[i].begin(), X[i].end());
        }
        vector<double> theta(m, 0.0);
        for (int e = 0; e < epochs; ++e)
            for (int i = 0; i < n; ++i) {
                double a = inner_product(A[i].begin(), A[i].end(), theta.begin(), 0.0);
                if (!(y[i] * a > 0))
                    for (int j = 0; j < m; ++j) theta[j] += lr * y[i] * A[i][j];
            }
        return theta;
    }
};
