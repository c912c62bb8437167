// Classic mistake: the step counter starts at 0, so the first correction divides by 1 - beta^0 = 0 (inf / nan).
class Solution {
public:
    vector<double> adamSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double beta1, double beta2, double eps) {
        size_t d = theta.size();
        vector<double> w(theta), m(d, 0.0), v(d, 0.0);
        for (size_t t = 0; t < grads.size(); ++t) {
            const auto& g = grads[t];
            for (size_t j = 0; j < d; ++j) {
                m[j] = beta1 * m[j] + (1 - beta1) * g[j];
                v[j] = beta2 * v[j] + (1 - beta2) * g[j] * g[j];
                double mhat = m[j] / (1 - pow(beta1, (double)t));
                double vhat = v[j] / (1 - pow(beta2, (double)t));
                w[j] -= lr * mhat / (sqrt(vhat) + eps);
            }
        }
        return w;
    }
};
