// Straight from the counts: (1 + b^2) TP / ((1 + b^2) TP + b^2 FN + FP), 0 when TP = 0.
class Solution {
public:
    double fBetaScore(vector<int>& yTrue, vector<int>& yPred, double beta) {
        int tp = 0, fp = 0, fn = 0;
        for (size_t i = 0; i < yTrue.size(); ++i) {
            tp += yTrue[i] && yPred[i];
            fp += !yTrue[i] && yPred[i];
            fn += yTrue[i] && !yPred[i];
        }
        if (tp == 0) return 0.0;
        double b2 = beta * beta;
        return (1 + b2) * tp / ((1 + b2) * tp + b2 * fn + fp);
    }
};
