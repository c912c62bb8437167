class Solution {
public:
    vector<double> adamwSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double beta1, double beta2, double eps, double weightDecay) {
        // PyTorch's AdamW: shrink theta by lr * weightDecay, then the bias-corrected Adam step (t from 1).
        size_t d = theta.size();
        vector<double> w(theta), m(d, 0.0), v(d, 0.0);
        double p1 = 1, p2 = 1;  // beta1^t and beta2^t
        for (const vector<double>& g : grads) {
            p1 *= beta1;
            p2 *= beta2;
            double c1 = 1 - p1, c2 = 1 - p2;
            for (size_t j = 0; j < d; ++j) {
                w[j] -= lr * weightDecay * w[j];
                m[j] = beta1 * m[j] + (1 - beta1) * g[j];
                v[j] = beta2 * v[j] + (1 - beta2) * g[j] * g[j];
                w[j] -= lr * (m[j] / c1) / (sqrt(v[j] / c2) + eps);
            }
        }
        return w;
    }
};
