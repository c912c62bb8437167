// Writes the average update as s += (1 - alpha) * (g^2 - s), a rearrangement of the same formula.
class Solution {
public:
    vector<double> rmspropSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double alpha, double eps) {
        vector<double> s(theta.size(), 0.0);
        for (const auto& g : grads)
            for (size_t j = 0; j < theta.size(); ++j) {
                s[j] += (1 - alpha) * (g[j] * g[j] - s[j]);
                double step = lr / (sqrt(s[j]) + eps);
                theta[j] -= step * g[j];
            }
        return theta;
    }
};
