// Classic mistake: |mean(yTrue - yPred)| instead of mean(|yTrue - yPred|); opposite errors cancel.
class Solution {
public:
    double meanAbsoluteError(vector<double>& yTrue, vector<double>& yPred) {
        double total = 0;
        for (size_t i = 0; i < yTrue.size(); ++i) total += yTrue[i] - yPred[i];
        return fabs(total / yTrue.size());
    }
};
