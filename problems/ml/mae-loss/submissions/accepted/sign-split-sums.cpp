// Sums the positive and the negative residuals separately: MAE = (sum of r>0 - sum of r<0) / n.
class Solution {
public:
    double meanAbsoluteError(vector<double>& yTrue, vector<double>& yPred) {
        long double over = 0, under = 0;
        for (size_t i = 0; i < yTrue.size(); ++i) {
            double r = yTrue[i] - yPred[i];
            if (r > 0) over += r;
            else under -= r;
        }
        return (double)((over + under) / yTrue.size());
    }
};
