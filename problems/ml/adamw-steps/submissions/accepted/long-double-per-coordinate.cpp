// Coordinate by coordinate in long double: decay, moments, corrected step.
class Solution {
public:
    vector<double> adamwSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double beta1, double beta2, double eps, double weightDecay) {
        int d = theta.size(), k = grads.size();
        vector<double> out(d);
        for (int j = 0; j < d; ++j) {
            long double x = theta[j], m = 0, v = 0, p1 = 1, p2 = 1;
            for (int t = 1; t <= k; ++t) {
                long double g = grads[t - 1][j];
                p1 *= beta1;
                p2 *= beta2;
                x -= (long double)lr * weightDecay * x;
                m = beta1 * m + (1 - (long double)beta1) * g;
                v = beta2 * v + (1 - (long double)beta2) * g * g;
                x -= lr * (m / (1 - p1)) / (sqrtl(v / (1 - p2)) + eps);
            }
            out[j] = (double)x;
        }
        return out;
    }
};
