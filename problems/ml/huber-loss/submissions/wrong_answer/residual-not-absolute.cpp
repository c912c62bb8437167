// Classic mistake: compares the signed residual with delta, so large negative residuals take the quadratic piece.
class Solution {
public:
    double huberLoss(vector<double>& yTrue, vector<double>& yPred, double delta) {
        double total = 0;
        for (size_t i = 0; i < yTrue.size(); ++i) {
            double r = yTrue[i] - yPred[i];
            total += r <= delta ? 0.5 * r * r : delta * (r - 0.5 * delta);
        }
        return total / yTrue.size();
    }
};
