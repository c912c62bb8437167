// Classic mistake: adds eps under the square root, sqrt(s + eps), instead of sqrt(s) + eps.
class Solution {
public:
    vector<double> rmspropSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double alpha, double eps) {
        vector<double> w(theta), s(theta.size(), 0.0);
        for (const auto& g : grads)
            for (size_t j = 0; j < w.size(); ++j) {
                s[j] = alpha * s[j] + (1 - alpha) * g[j] * g[j];
                w[j] -= lr * g[j] / sqrt(s[j] + eps);
            }
        return w;
    }
};
