// Coordinate by coordinate, with the parameter and its velocity in long double.
class Solution {
public:
    vector<double> momentumSteps(vector<double>& theta, vector<vector<double>>& grads, double lr, double beta) {
        int d = theta.size(), k = grads.size();
        vector<double> out(d);
        for (int j = 0; j < d; ++j) {
            long double t = theta[j], v = 0;
            for (int i = 0; i < k; ++i) {
                v = beta * v + grads[i][j];
                t -= lr * v;
            }
            out[j] = (double)t;
        }
        return out;
    }
};
