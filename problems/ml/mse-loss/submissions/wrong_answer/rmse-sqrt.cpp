// Classic mistake: takes the square root at the end, returning the RMSE instead of the MSE.
class Solution {
public:
    double meanSquaredError(vector<double>& yTrue, vector<double>& yPred) {
        double total = 0;
        for (size_t i = 0; i < yTrue.size(); ++i) total += pow(yTrue[i] - yPred[i], 2);
        return sqrt(total / yTrue.size());
    }
};
