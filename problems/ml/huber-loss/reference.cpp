class Solution {
public:
    double huberLoss(vector<double>& yTrue, vector<double>& yPred, double delta) {
        // Quadratic near zero, linear in the tails; the pieces meet at |r| = delta.
        double total = 0;
        for (size_t i = 0; i < yTrue.size(); ++i) {
            double a = fabs(yTrue[i] - yPred[i]);
            total += a <= delta ? 0.5 * a * a : delta * (a - 0.5 * delta);
        }
        return total / (double)yTrue.size();
    }
};
