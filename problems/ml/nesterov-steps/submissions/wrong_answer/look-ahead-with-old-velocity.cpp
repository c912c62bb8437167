// Classic mistake: forms g + beta * v with the velocity from before this step's update.
class Solution {
public:
    vector<double> nesterovSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double beta) {
        vector<double> w(theta), v(theta.size(), 0.0);
        for (const auto& g : grads)
            for (size_t j = 0; j < w.size(); ++j) {
                w[j] -= lr * (g[j] + beta * v[j]);
                v[j] = beta * v[j] + g[j];
            }
        return w;
    }
};
