// Classic mistake: forgets to decay the old average, s += (1 - alpha) * g^2, so it only ever grows.
class Solution {
public:
    vector<double> rmspropSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double alpha, double eps) {
        vector<double> w(theta), s(theta.size(), 0.0);
        for (const auto& g : grads)
            for (size_t j = 0; j < w.size(); ++j) {
                s[j] += (1 - alpha) * g[j] * g[j];
                w[j] -= lr * g[j] / (sqrt(s[j]) + eps);
            }
        return w;
    }
};
