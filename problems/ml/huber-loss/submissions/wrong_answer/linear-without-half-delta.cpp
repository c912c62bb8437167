// Classic mistake: the linear piece is delta * |r|, missing the - delta / 2 that makes it meet the quadratic.
class Solution {
public:
    double huberLoss(vector<double>& yTrue, vector<double>& yPred, double delta) {
        double total = 0;
        for (size_t i = 0; i < yTrue.size(); ++i) {
            double a = fabs(yTrue[i] - yPred[i]);
            total += a <= delta ? 0.5 * a * a : delta * a;
        }
        return total / yTrue.size();
    }
};
