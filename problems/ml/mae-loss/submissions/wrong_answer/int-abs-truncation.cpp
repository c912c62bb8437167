// Classic mistake: C's int abs(int) (::abs, as in C code) truncates each residual to an integer: |0.75| becomes 0.
class Solution {
public:
    double meanAbsoluteError(vector<double>& yTrue, vector<double>& yPred) {
        double total = 0;
        for (size_t i = 0; i < yTrue.size(); ++i) total += ::abs(yTrue[i] - yPred[i]);
        return total / yTrue.size();
    }
};
