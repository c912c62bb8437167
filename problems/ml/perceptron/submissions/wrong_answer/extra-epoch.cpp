// Classic mistake: loops e <= epochs, running one epoch too many.
class Solution {
public:
    vector<double> perceptron(vector<vector<double>>& X, vector<int>& y, int epochs, double lr) {
        int n = X.size(), d = X[0].size();
        vector<double> w(d, 0.0);
        double b = 0;
        for (int e = 0; e <= epochs; ++e)
            for (int i = 0; i < n; ++i) {
                double a = b;
                for (int j = 0; j < d; ++j) a += w[j] * X[i][j];
                if (y[i] * a <= 0) {  // a mistake, or exactly on the boundary (always true at w = 0, b = 0)
                    for (int j = 0; j < d; ++j) w[j] += lr * y[i] * X[i][j];
                    b += lr * y[i];
                }
            }
        vector<double> theta{b};
        theta.insert(theta.end(), w.begin(), w.end());
        return theta;  // [b, w_0, ..., w_(d-1)]
    }
};
