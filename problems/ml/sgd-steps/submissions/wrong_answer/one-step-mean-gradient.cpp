// Classic mistake: averages the k gradients and takes a single step, as if they were one batch.
class Solution {
public:
    vector<double> sgdSteps(vector<double>& theta, vector<vector<double>>& grads, double lr) {
        vector<double> w(theta);
        if (grads.empty()) return w;
        for (size_t j = 0; j < w.size(); ++j) {
            double s = 0;
            for (const auto& g : grads) s += g[j];
            w[j] -= lr * s / grads.size();
        }
        return w;
    }
};
