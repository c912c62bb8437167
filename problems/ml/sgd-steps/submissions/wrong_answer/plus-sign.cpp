// Classic mistake: adds the gradient (gradient ascent) instead of subtracting it.
class Solution {
public:
    vector<double> sgdSteps(vector<double>& theta, vector<vector<double>>& grads, double lr) {
        vector<double> w(theta);
        for (const auto& g : grads)
            for (size_t j = 0; j < w.size(); ++j) w[j] += lr * g[j];
        return w;
    }
};
