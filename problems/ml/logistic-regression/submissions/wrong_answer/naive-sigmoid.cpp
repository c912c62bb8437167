// Classic mistake: sigma(z) = e^z / (1 + e^z) overflows to inf / inf = nan once z > 709.
class Solution {
public:
    vector<double> trainLogisticRegression(vector<vector<double>>& X, vector<int>& y, double learningRate, int epochs) {
        int n = X.size(), d = X[0].size();
        vector<double> w(d, 0.0), dw(d);
        double b = 0;
        for (int e = 0; e < epochs; ++e) {
            fill(dw.begin(), dw.end(), 0.0);
            double db = 0;
            for (int i = 0; i < n; ++i) {
                double z = b;
                for (int j = 0; j < d; ++j) z += w[j] * X[i][j];
                double g = exp(z) / (1.0 + exp(z)) - y[i];
                for (int j = 0; j < d; ++j) dw[j] += g * X[i][j];
                db += g;
            }
            for (int j = 0; j < d; ++j) w[j] -= learningRate * (dw[j] / n);
            b -= learningRate * (db / n);
        }
        w.push_back(b);
        return w;
    }
};
