// Branches on the signed residual against both -delta and +delta; long double running mean.
class Solution {
public:
    double huberLoss(vector<double>& yTrue, vector<double>& yPred, double delta) {
        long double mean = 0;
        for (size_t i = 0; i < yTrue.size(); ++i) {
            long double r = (long double)yPred[i] - yTrue[i];
            long double l;
            if (r > delta) l = delta * r - delta * (long double)delta / 2;
            else if (r < -delta) l = -delta * r - delta * (long double)delta / 2;
            else l = r * r / 2;
            mean += (l - mean) / (i + 1);
        }
        return (double)mean;
    }
};
