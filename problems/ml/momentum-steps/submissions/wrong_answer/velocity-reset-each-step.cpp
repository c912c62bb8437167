// Classic mistake: the velocity is a local variable of the step loop, so it restarts at 0 every step.
class Solution {
public:
    vector<double> momentumSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double beta) {
        vector<double> w(theta);
        for (const auto& g : grads) {
            vector<double> v(w.size(), 0.0);
            for (size_t j = 0; j < w.size(); ++j) {
                v[j] = beta * v[j] + g[j];
                w[j] -= lr * v[j];
            }
        }
        return w;
    }
};
