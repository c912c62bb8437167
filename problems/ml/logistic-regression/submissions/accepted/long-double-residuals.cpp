// Residual vector first, then feature-major gradient sums, all in long double.
class Solution {
public:
    vector<double> trainLogisticRegression(vector<vector<double>>& X, vector<int>& y, double learningRate, int epochs) {
        int n = X.size(), d = X[0].size();
        vector<long double> w(d, 0), r(n);
        long double b = 0;
        while (epochs-- > 0) {
            for (int i = 0; i < n; ++i) {
                long double z = b;
                for (int j = 0; j < d; ++j) z += w[j] * X[i][j];
                long double p = z >= 0 ? 1 / (1 + expl(-z)) : expl(z) / (1 + expl(z));
                r[i] = p - y[i];
            }
            vector<long double> grad(d + 1, 0);
            for (int j = 0; j < d; ++j)
                for (int i = 0; i < n; ++i) grad[j] += r[i] * X[i][j];
            for (int i = 0; i < n; ++i) grad[d] += r[i];
            for (int j = 0; j < d; ++j) w[j] -= learningRate * grad[j] / n;
            b -= learningRate * grad[d] / n;
        }
        vector<double> out(w.begin(), w.end());
        out.push_back((double)b);
        return out;
    }
};
