// Classic mistake: borrows Adam's bias correction and divides by sqrt(s / (1 - alpha^t)); PyTorch's RMSprop has none.
class Solution {
public:
    vector<double> rmspropSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double alpha, double eps) {
        vector<double> w(theta), s(theta.size(), 0.0);
        int t = 0;
        for (const auto& g : grads) {
            ++t;
            double corr = 1 - pow(alpha, t);
            for (size_t j = 0; j < w.size(); ++j) {
                s[j] = alpha * s[j] + (1 - alpha) * g[j] * g[j];
                w[j] -= lr * g[j] / (sqrt(s[j] / corr) + eps);
            }
        }
        return w;
    }
};
