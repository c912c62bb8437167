// Classic mistake: forgets the bias term; the model has no intercept and the bias stays 0.
class Solution {
    static double sigmoid(double z) {
        if (z >= 0) return 1.0 / (1.0 + exp(-z));
        double e = exp(z);
        return e / (1.0 + e);
    }
public:
    vector<double> trainLogisticRegression(vector<vector<double>>& X, vector<int>& y, double learningRate, int epochs) {
        int n = X.size(), d = X[0].size();
        vector<double> w(d, 0.0), dw(d);
        for (int e = 0; e < epochs; ++e) {
            fill(dw.begin(), dw.end(), 0.0);
            for (int i = 0; i < n; ++i) {
                double z = 0;
                for (int j = 0; j < d; ++j) z += w[j] * X[i][j];
                double g = sigmoid(z) - y[i];
                for (int j = 0; j < d; ++j) dw[j] += g * X[i][j];
            }
            for (int j = 0; j < d; ++j) w[j] -= learningRate * (dw[j] / n);
        }
        w.push_back(0.0);
        return w;
    }
};
