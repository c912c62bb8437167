// Classic mistake: no zero-division rule, so 0 / 0 gives nan when nothing is predicted (or is) positive.
class Solution {
public:
    double fBetaScore(vector<int>& yTrue, vector<int>& yPred, double beta) {
        double tp = 0, fp = 0, fn = 0;
        for (size_t i = 0; i < yTrue.size(); ++i) {
            if (yPred[i] == 1 && yTrue[i] == 1) ++tp;
            else if (yPred[i] == 1) ++fp;
            else if (yTrue[i] == 1) ++fn;
        }
        double p = tp / (tp + fp), r = tp / (tp + fn), b2 = beta * beta;
        return (1 + b2) * p * r / (b2 * p + r);
    }
};
