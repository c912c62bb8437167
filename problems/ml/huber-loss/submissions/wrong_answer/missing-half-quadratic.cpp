// Classic mistake: the quadratic piece is r^2 instead of r^2 / 2 (so the pieces do not even meet at delta).
class Solution {
public:
    double huberLoss(vector<double>& yTrue, vector<double>& yPred, double delta) {
        double total = 0;
        for (size_t i = 0; i < yTrue.size(); ++i) {
            double a = fabs(yTrue[i] - yPred[i]);
            total += a <= delta ? a * a : delta * (a - 0.5 * delta);
        }
        return total / yTrue.size();
    }
};
