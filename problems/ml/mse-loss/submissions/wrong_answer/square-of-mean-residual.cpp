// Classic mistake: squares the mean residual, so errors of opposite signs cancel before squaring.
class Solution {
public:
    double meanSquaredError(vector<double>& yTrue, vector<double>& yPred) {
        double total = 0;
        for (size_t i = 0; i < yTrue.size(); ++i) total += yTrue[i] - yPred[i];
        double mean = total / yTrue.size();
        return mean * mean;
    }
};
