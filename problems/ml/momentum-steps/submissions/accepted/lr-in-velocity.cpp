// Keeps the velocity already scaled by lr (u = lr * v): u <- beta * u + lr * g, theta <- theta - u.
// With a constant learning rate this is the same update.
class Solution {
public:
    vector<double> momentumSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double beta) {
        vector<double> u(theta.size(), 0.0);
        for (const auto& g : grads)
            for (size_t j = 0; j < theta.size(); ++j) {
                u[j] = beta * u[j] + lr * g[j];
                theta[j] -= u[j];
            }
        return theta;
    }
};
