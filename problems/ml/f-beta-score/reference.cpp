class Solution {
public:
    double fBetaScore(vector<int>& yTrue, vector<int>& yPred, double beta) {
        long long tp = 0, fp = 0, fn = 0;
        for (size_t i = 0; i < yTrue.size(); ++i) {
            if (yPred[i] == 1 && yTrue[i] == 1) ++tp;
            else if (yPred[i] == 1) ++fp;
            else if (yTrue[i] == 1) ++fn;
        }
        double p = tp + fp == 0 ? 0.0 : (double)tp / (tp + fp);
        double r = tp + fn == 0 ? 0.0 : (double)tp / (tp + fn);
        double b2 = beta * beta;
        double denom = b2 * p + r;
        return denom == 0 ? 0.0 : (1 + b2) * p * r / denom;
    }
};
