// Coordinate by coordinate, walking through the steps in long double.
class Solution {
public:
    vector<double> sgdSteps(vector<double>& theta, vector<vector<double>>& grads, double lr) {
        int d = theta.size(), k = grads.size();
        vector<double> out(d);
        for (int j = 0; j < d; ++j) {
            long double t = theta[j];
            for (int i = 0; i < k; ++i) t = t - (long double)lr * grads[i][j];
            out[j] = (double)t;
        }
        return out;
    }
};
