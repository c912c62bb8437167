// Classic mistake: applies the decay after the Adam step, so it shrinks the already-updated parameters.
class Solution {
public:
    vector<double> adamwSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double beta1, double beta2, double eps, double weightDecay) {
        size_t d = theta.size();
        vector<double> w(theta), m(d, 0.0), v(d, 0.0);
        double p1 = 1, p2 = 1;
        for (const auto& g : grads) {
            p1 *= beta1;
            p2 *= beta2;
            for (size_t j = 0; j < d; ++j) {
                m[j] = beta1 * m[j] + (1 - beta1) * g[j];
                v[j] = beta2 * v[j] + (1 - beta2) * g[j] * g[j];
                w[j] -= lr * (m[j] / (1 - p1)) / (sqrt(v[j] / (1 - p2)) + eps);
                w[j] -= lr * weightDecay * w[j];
            }
        }
        return w;
    }
};
