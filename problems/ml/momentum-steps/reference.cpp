class Solution {
public:
    vector<double> momentumSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double beta) {
        // PyTorch's SGD momentum (dampening 0): v <- beta * v + g, then theta <- theta - lr * v.
        vector<double> w(theta), v(theta.size(), 0.0);
        for (const vector<double>& g : grads)
            for (size_t j = 0; j < w.size(); ++j) {
                v[j] = beta * v[j] + g[j];
                w[j] -= lr * v[j];
            }
        return w;
    }
};
