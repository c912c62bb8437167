// Correct, but a rewrite that sums each class separately.
class Solution {
public:
    double binaryCrossEntropy(vector<int>& labels, vector<double>& probs) {
        const double eps = 1e-15;
        double positives = 0, negatives = 0;
        for (size_t i = 0; i < labels.size(); ++i) {
            double p = min(max(probs[i], eps), 1 - eps);
            if (labels[i] == 1) positives -= log(p);
            else negatives -= log(1 - p);
        }
        return (positives + negatives) / labels.size();
    }
};
