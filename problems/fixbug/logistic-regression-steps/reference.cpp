// Fix: the loss gradient is (p - y) x; y - p walked uphill, making the loss worse every epoch.
class Solution {
public:
    vector<double> trainLogistic(vector<vector<double>>& X, vector<int>& y, double lr, int epochs) {
        int n = X.size(), d = X[0].size();
        vector<double> w(d, 0.0);
        double b = 0;
        for (int epoch = 0; epoch < epochs; ++epoch) {
            vector<double> gw(d, 0.0);
            double gb = 0;
            for (int i = 0; i < n; ++i) {
                double z = b;
                for (int j = 0; j < d; ++j) z += w[j] * X[i][j];
                double p = 1 / (1 + exp(-z));
                double err = p - y[i];
                for (int j = 0; j < d; ++j) gw[j] += err * X[i][j];
                gb += err;
            }
            for (int j = 0; j < d; ++j) w[j] -= lr * gw[j] / n;
            b -= lr * gb / n;
        }
        w.push_back(b);
        return w;
    }
};
