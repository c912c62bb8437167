// Weighted harmonic mean: 1 / F = (1 / (1 + b^2)) / P + (b^2 / (1 + b^2)) / R, in long double.
class Solution {
public:
    double fBetaScore(vector<int>& yTrue, vector<int>& yPred, double beta) {
        long long tp = 0, predicted = 0, actual = 0;
        for (size_t i = 0; i < yTrue.size(); ++i) {
            tp += yTrue[i] == 1 && yPred[i] == 1;
            predicted += yPred[i] == 1;
            actual += yTrue[i] == 1;
        }
        if (tp == 0) return 0.0;
        long double p = (long double)tp / predicted, r = (long double)tp / actual;
        long double b2 = (long double)beta * beta, wP = 1 / (1 + b2), wR = b2 / (1 + b2);
        return (double)(1 / (wP / p + wR / r));
    }
};
