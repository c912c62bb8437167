class Solution {
public:
    vector<double> adamSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double beta1, double beta2, double eps) {
        // PyTorch's Adam: moments start at 0, the step counter t starts at 1.
        size_t d = theta.size();
        vector<double> w(theta), m(d, 0.0), v(d, 0.0);
        double p1 = 1, p2 = 1;  // beta1^t and beta2^t
        for (const vector<double>& g : grads) {
            p1 *= beta1;
            p2 *= beta2;
            double c1 = 1 - p1, c2 = 1 - p2;
            for (size_t j = 0; j < d; ++j) {
                m[j] = beta1 * m[j] + (1 - beta1) * g[j];
                v[j] = beta2 * v[j] + (1 - beta2) * g[j] * g[j];
                double mhat = m[j] / c1, vhat = v[j] / c2;
                w[j] -= lr * mhat / (sqrt(vhat) + eps);
            }
        }
        return w;
    }
};
