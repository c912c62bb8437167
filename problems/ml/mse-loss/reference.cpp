class Solution {
public:
    double meanSquaredError(vector<double>& yTrue, vector<double>& yPred) {
        // Mean of the squared residuals.
        double total = 0;
        for (size_t i = 0; i < yTrue.size(); ++i) {
            double r = yTrue[i] - yPred[i];
            total += r * r;
        }
        return total / (double)yTrue.size();
    }
};
