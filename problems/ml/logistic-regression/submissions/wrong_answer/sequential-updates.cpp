// Classic mistake: updates one parameter at a time, so later gradients see already-updated weights.
class Solution {
    static double sigmoid(double z) {
        if (z >= 0) return 1.0 / (1.0 + exp(-z));
        double e = exp(z);
        return e / (1.0 + e);
    }
public:
    vector<double> trainLogisticRegression(vector<vector<double>>& X, vector<int>& y, double learningRate, int epochs) {
        int n = X.size(), d = X[0].size();
        vector<double> w(d, 0.0), z(n, 0.0);
        double b = 0;
        for (int e = 0; e < epochs; ++e) {
            // z[i] always holds w . X[i] + b for the current (partly updated) parameters.
            for (int j = 0; j <= d; ++j) {
                double grad = 0;
                for (int i = 0; i < n; ++i) grad += (sigmoid(z[i]) - y[i]) * (j < d ? X[i][j] : 1.0);
                double step = learningRate * (grad / n);
                if (j < d) {
                    w[j] -= step;
                    for (int i = 0; i < n; ++i) z[i] -= step * X[i][j];
                } else {
                    b -= step;
                    for (int i = 0; i < n; ++i) z[i] -= step;
                }
            }
        }
        w.push_back(b);
        return w;
    }
};
