// Classic mistake: plain (heavy-ball) momentum, theta -= lr * v, without the Nesterov look-ahead.
class Solution {
public:
    vector<double> nesterovSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double beta) {
        vector<double> w(theta), v(theta.size(), 0.0);
        for (const auto& g : grads)
            for (size_t j = 0; j < w.size(); ++j) {
                v[j] = beta * v[j] + g[j];
                w[j] -= lr * v[j];
            }
        return w;
    }
};
