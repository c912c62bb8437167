// Coordinate by coordinate in long double, with the bias corrections from powl.
class Solution {
public:
    vector<double> adamSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double beta1, double beta2, double eps) {
        int d = theta.size(), k = grads.size();
        vector<long double> c1(k + 1), c2(k + 1);
        for (int t = 1; t <= k; ++t) {
            c1[t] = 1 - powl(beta1, t);
            c2[t] = 1 - powl(beta2, t);
        }
        vector<double> out(d);
        for (int j = 0; j < d; ++j) {
            long double x = theta[j], m = 0, v = 0;
            for (int t = 1; t <= k; ++t) {
                long double g = grads[t - 1][j];
                m = beta1 * m + (1 - (long double)beta1) * g;
                v = beta2 * v + (1 - (long double)beta2) * g * g;
                x -= lr * (m / c1[t]) / (sqrtl(v / c2[t]) + eps);
            }
            out[j] = (double)x;
        }
        return out;
    }
};
