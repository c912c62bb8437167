class Solution {
public:
    double meanAbsoluteError(vector<double>& yTrue, vector<double>& yPred) {
        // Mean of |residual|, with the floating-point fabs.
        double total = 0;
        for (size_t i = 0; i < yTrue.size(); ++i) total += fabs(yTrue[i] - yPred[i]);
        return total / (double)yTrue.size();
    }
};
