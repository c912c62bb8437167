// Classic mistake: uses the raw moments m and v, without dividing by 1 - beta^t.
class Solution {
public:
    vector<double> adamSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double beta1, double beta2, double eps) {
        size_t d = theta.size();
        vector<double> w(theta), m(d, 0.0), v(d, 0.0);
        for (const auto& g : grads)
            for (size_t j = 0; j < d; ++j) {
                m[j] = beta1 * m[j] + (1 - beta1) * g[j];
                v[j] = beta2 * v[j] + (1 - beta2) * g[j] * g[j];
                w[j] -= lr * m[j] / (sqrt(v[j]) + eps);
            }
        return w;
    }
};
