// Coordinate by coordinate, keeping the parameter and its squared-gradient average in long double.
class Solution {
public:
    vector<double> rmspropSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double alpha, double eps) {
        int d = theta.size(), k = grads.size();
        vector<double> out(d);
        for (int j = 0; j < d; ++j) {
            long double t = theta[j], s = 0;
            for (int i = 0; i < k; ++i) {
                long double g = grads[i][j];
                s = alpha * s + (1 - (long double)alpha) * g * g;
                t -= lr * g / (sqrtl(s) + eps);
            }
            out[j] = (double)t;
        }
        return out;
    }
};
