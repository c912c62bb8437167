// Classic mistake: returns the sum of squared residuals (SSE) instead of their mean.
class Solution {
public:
    double meanSquaredError(vector<double>& yTrue, vector<double>& yPred) {
        double total = 0;
        for (size_t i = 0; i < yTrue.size(); ++i) total += (yTrue[i] - yPred[i]) * (yTrue[i] - yPred[i]);
        return total;
    }
};
