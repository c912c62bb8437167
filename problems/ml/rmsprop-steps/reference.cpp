class Solution {
public:
    vector<double> rmspropSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double alpha, double eps) {
        // PyTorch's RMSprop (no momentum, not centered): s <- alpha * s + (1 - alpha) * g^2,
        // theta <- theta - lr * g / (sqrt(s) + eps).
        vector<double> w(theta), s(theta.size(), 0.0);
        for (const vector<double>& g : grads)
            for (size_t j = 0; j < w.size(); ++j) {
                s[j] = alpha * s[j] + (1 - alpha) * g[j] * g[j];
                w[j] -= lr * g[j] / (sqrt(s[j]) + eps);
            }
        return w;
    }
};
