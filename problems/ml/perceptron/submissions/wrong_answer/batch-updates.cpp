// Classic mistake: collects the corrections of a whole epoch and applies them at its end, instead of after each mistake.
class Solution {
public:
    vector<double> perceptron(vector<vector<double>>& X, vector<int>& y, int epochs, double lr) {
        int n = X.size(), d = X[0].size();
        vector<double> w(d, 0.0), dw(d);
        double b = 0;
        for (int e = 0; e < epochs; ++e) {
            fill(dw.begin(), dw.end(), 0.0);
            double db = 0;
            for (int i = 0; i < n; ++i) {
                double a = b;
                for (int j = 0; j < d; ++j) a += w[j] * X[i][j];
                if (y[i] * a <= 0) {
                    for (int j = 0; j < d; ++j) dw[j] += lr * y[i] * X[i][j];
                    db += lr * y[i];
                }
            }
            for (int j = 0; j < d; ++j) w[j] += dw[j];
            b += db;
        }
        vector<double> theta{b};
        theta.insert(theta.end(), w.begin(), w.end());
        return theta;
    }
};
