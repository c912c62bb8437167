// Classic mistake: accumulates in float; with 10^5 residuals near 10^6 the running sum drifts past 1e-6 relative.
class Solution {
public:
    double meanAbsoluteError(vector<double>& yTrue, vector<double>& yPred) {
        float total = 0;
        for (size_t i = 0; i < yTrue.size(); ++i) total += fabsf((float)yTrue[i] - (float)yPred[i]);
        return total / yTrue.size();
    }
};
