// Works in units of lr: keeps integer weights (sum of y * x over the mistakes) in long long, scales by lr at the end.
// Since lr > 0 and w, b start at 0, the sign of every activation does not depend on lr.
class Solution {
public:
    vector<double> perceptron(vector<vector<double>>& X, vector<int>& y, int epochs, double lr) {
        int n = X.size(), d = X[0].size();
        vector<vector<long long>> xi(n, vector<long long>(d));
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < d; ++j) xi[i][j] = llround(X[i][j]);
        vector<long long> w(d, 0);
        long long b = 0;
        for (int e = 0; e < epochs; ++e) {
            bool mistake = false;
            for (int i = 0; i < n; ++i) {
                long long a = b;
                for (int j = 0; j < d; ++j) a += w[j] * xi[i][j];
                if (y[i] * a <= 0) {
                    for (int j = 0; j < d; ++j) w[j] += y[i] * xi[i][j];
                    b += y[i];
                    mistake = true;
                }
            }
            if (!mistake) break;  // an epoch without updates: converged
        }
        vector<double> theta{lr * b};
        for (long long v : w) theta.push_back(lr * v);
        return theta;
    }
};
