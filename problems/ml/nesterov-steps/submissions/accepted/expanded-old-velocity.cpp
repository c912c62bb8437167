// Expands the update in terms of the previous velocity: g + beta * (beta * v + g) = (1 + beta) g + beta^2 v.
class Solution {
public:
    vector<double> nesterovSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double beta) {
        vector<double> v(theta.size(), 0.0);
        for (const auto& g : grads)
            for (size_t j = 0; j < theta.size(); ++j) {
                theta[j] -= lr * ((1 + beta) * g[j] + beta * beta * v[j]);
                v[j] = beta * v[j] + g[j];
            }
        return theta;
    }
};
