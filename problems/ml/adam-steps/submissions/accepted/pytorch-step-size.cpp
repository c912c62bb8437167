// PyTorch's own arrangement: denom = sqrt(v) / sqrt(1 - beta2^t) + eps, step = lr / (1 - beta1^t), pow for the powers.
class Solution {
public:
    vector<double> adamSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double beta1, double beta2, double eps) {
        size_t d = theta.size();
        vector<double> m(d, 0.0), v(d, 0.0);
        for (size_t t = 1; t <= grads.size(); ++t) {
            const auto& g = grads[t - 1];
            double bc1 = 1 - pow(beta1, (double)t), bc2 = 1 - pow(beta2, (double)t);
            double stepSize = lr / bc1, bc2Sqrt = sqrt(bc2);
            for (size_t j = 0; j < d; ++j) {
                m[j] += (g[j] - m[j]) * (1 - beta1);
                v[j] = v[j] * beta2 + g[j] * g[j] * (1 - beta2);
                double denom = sqrt(v[j]) / bc2Sqrt + eps;
                theta[j] -= stepSize * m[j] / denom;
            }
        }
        return theta;
    }
};
