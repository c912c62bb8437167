// Appends a constant 1 feature for the bias and uses sigma(z) = (1 + tanh(z/2)) / 2, which cannot overflow.
class Solution {
public:
    vector<double> trainLogisticRegression(vector<vector<double>>& X, vector<int>& y, double learningRate, int epochs) {
        int n = X.size(), d = X[0].size() + 1;
        vector<vector<double>> A(X);
        for (auto& row : A) row.push_back(1.0);
        vector<double> theta(d, 0.0);
        for (int e = 0; e < epochs; ++e) {
            vector<double> grad(d, 0.0);
            for (int i = 0; i < n; ++i) {
                double z = inner_product(A[i].begin(), A[i].end(), theta.begin(), 0.0);
                double g = 0.5 * (1.0 + tanh(0.5 * z)) - y[i];
                for (int j = 0; j < d; ++j) grad[j] += g * A[i][j];
            }
            for (int j = 0; j < d; ++j) theta[j] -= learningRate / n * grad[j];
        }
        return theta;
    }
};
