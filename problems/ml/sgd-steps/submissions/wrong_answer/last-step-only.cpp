// Classic mistake: every step starts again from the initial theta, so only the last gradient counts.
class Solution {
public:
    vector<double> sgdSteps(vector<double>& theta, vector<vector<double>>& grads, double lr) {
        vector<double> w(theta);
        for (const auto& g : grads)
            for (size_t j = 0; j < w.size(); ++j) w[j] = theta[j] - lr * g[j];
        return w;
    }
};
