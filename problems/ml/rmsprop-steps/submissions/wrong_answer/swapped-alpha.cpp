// Classic mistake: swaps the weights, s = (1 - alpha) * s + alpha * g^2 (alpha treated as the new-data weight).
class Solution {
public:
    vector<double> rmspropSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double alpha, double eps) {
        vector<double> w(theta), s(theta.size(), 0.0);
        for (const auto& g : grads)
            for (size_t j = 0; j < w.size(); ++j) {
                s[j] = (1 - alpha) * s[j] + alpha * g[j] * g[j];
                w[j] -= lr * g[j] / (sqrt(s[j]) + eps);
            }
        return w;
    }
};
