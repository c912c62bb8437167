// Sums each coordinate's gradients over all steps first, then takes one scaled step: the same
// result, since every step uses the same learning rate.
class Solution {
public:
    vector<double> sgdSteps(vector<double>& theta, vector<vector<double>>& grads, double lr) {
        vector<double> total(theta.size(), 0.0);
        for (const auto& g : grads)
            for (size_t j = 0; j < g.size(); ++j) total[j] += g[j];
        for (size_t j = 0; j < theta.size(); ++j) theta[j] -= lr * total[j];
        return theta;
    }
};
