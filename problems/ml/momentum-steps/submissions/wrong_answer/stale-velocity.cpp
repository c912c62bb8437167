// Classic mistake: moves theta with the previous velocity before updating it, so every step lags one behind.
class Solution {
public:
    vector<double> momentumSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double beta) {
        vector<double> w(theta), v(theta.size(), 0.0);
        for (const auto& g : grads)
            for (size_t j = 0; j < w.size(); ++j) {
                w[j] -= lr * v[j];
                v[j] = beta * v[j] + g[j];
            }
        return w;
    }
};
