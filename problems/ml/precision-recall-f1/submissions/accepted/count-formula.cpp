// F1 straight from the counts, 2TP / (2TP + FP + FN), with int counters and one pass per count.
class Solution {
public:
    vector<double> precisionRecallF1(vector<int>& yTrue, vector<int>& yPred) {
        int n = yTrue.size(), tp = 0, predicted = 0, actual = 0;
        for (int i = 0; i < n; ++i) {
            tp += yTrue[i] & yPred[i];
            predicted += yPred[i];
            actual += yTrue[i];
        }
        int fp = predicted - tp, fn = actual - tp;
        auto ratio = [](double a, double b) { return b == 0 ? 0.0 : a / b; };
        return {ratio(tp, predicted), ratio(tp, actual), ratio(2.0 * tp, 2.0 * tp + fp + fn)};
    }
};
