// TensorFlow's form: q = min(|r|, delta); loss = q^2 / 2 + delta * (|r| - q).
class Solution {
public:
    double huberLoss(vector<double>& yTrue, vector<double>& yPred, double delta) {
        double total = 0;
        for (size_t i = 0; i < yTrue.size(); ++i) {
            double a = abs(yTrue[i] - yPred[i]);
            double q = min(a, delta);
            total += 0.5 * q * q + delta * (a - q);
        }
        return total / yTrue.size();
    }
};
