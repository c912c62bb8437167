// Classic mistake: the paper's "efficient" form lr * sqrt(1 - beta2^t) / (1 - beta1^t) * m / (sqrt(v) + eps)
// adds eps to the uncorrected sqrt(v), which is not PyTorch's rule once eps matters.
class Solution {
public:
    vector<double> adamSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double beta1, double beta2, double eps) {
        size_t d = theta.size();
        vector<double> w(theta), m(d, 0.0), v(d, 0.0);
        double p1 = 1, p2 = 1;
        for (const auto& g : grads) {
            p1 *= beta1;
            p2 *= beta2;
            double alpha = lr * sqrt(1 - p2) / (1 - p1);
            for (size_t j = 0; j < d; ++j) {
                m[j] = beta1 * m[j] + (1 - beta1) * g[j];
                v[j] = beta2 * v[j] + (1 - beta2) * g[j] * g[j];
                w[j] -= alpha * m[j] / (sqrt(v[j]) + eps);
            }
        }
        return w;
    }
};
