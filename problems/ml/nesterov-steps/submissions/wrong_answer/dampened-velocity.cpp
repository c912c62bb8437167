// Classic mistake: averages the velocity, v = beta * v + (1 - beta) * g, instead of PyTorch's undampened sum.
class Solution {
public:
    vector<double> nesterovSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double beta) {
        vector<double> w(theta), v(theta.size(), 0.0);
        for (const auto& g : grads)
            for (size_t j = 0; j < w.size(); ++j) {
                v[j] = beta * v[j] + (1 - beta) * g[j];
                w[j] -= lr * (g[j] + beta * v[j]);
            }
        return w;
    }
};
