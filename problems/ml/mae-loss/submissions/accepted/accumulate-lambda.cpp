// std::abs on doubles inside a transform_reduce, then the mean.
class Solution {
public:
    double meanAbsoluteError(vector<double>& yTrue, vector<double>& yPred) {
        double s = transform_reduce(yTrue.begin(), yTrue.end(), yPred.begin(), 0.0, plus<double>(),
                                    [](double a, double b) { return std::abs(a - b); });
        return s / yTrue.size();
    }
};
