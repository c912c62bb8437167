// PyTorch's arrangement: theta *= 1 - lr * wd, then step = lr / (1 - beta1^t), denom = sqrt(v) / sqrt(1 - beta2^t) + eps.
class Solution {
public:
    vector<double> adamwSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double beta1, double beta2, double eps, double weightDecay) {
        size_t d = theta.size();
        vector<double> m(d, 0.0), v(d, 0.0);
        for (size_t t = 1; t <= grads.size(); ++t) {
            const auto& g = grads[t - 1];
            double stepSize = lr / (1 - pow(beta1, (double)t));
            double bc2Sqrt = sqrt(1 - pow(beta2, (double)t));
            double shrink = 1 - lr * weightDecay;
            for (size_t j = 0; j < d; ++j) {
                theta[j] *= shrink;
                m[j] += (g[j] - m[j]) * (1 - beta1);
                v[j] = v[j] * beta2 + g[j] * g[j] * (1 - beta2);
                theta[j] -= stepSize * m[j] / (sqrt(v[j]) / bc2Sqrt + eps);
            }
        }
        return theta;
    }
};
