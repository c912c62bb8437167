// Classic mistake: uses the exponential-moving-average form v = beta * v + (1 - beta) * g.
class Solution {
public:
    vector<double> momentumSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double beta) {
        vector<double> w(theta), v(theta.size(), 0.0);
        for (const auto& g : grads)
            for (size_t j = 0; j < w.size(); ++j) {
                v[j] = beta * v[j] + (1 - beta) * g[j];
                w[j] -= lr * v[j];
            }
        return w;
    }
};
