// Clips with 1e-7 (another library default): different losses for certain predictions.
class Solution {
public:
    double binaryCrossEntropy(vector<int>& labels, vector<double>& probs) {
        double total = 0;
        for (size_t i = 0; i < labels.size(); ++i) {
            double p = probs[i];
            p = min(max(p, 1e-7), 1 - 1e-7);
            total += labels[i] == 1 ? -log(p) : -log(1 - p);
        }
        return total / labels.size();
    }
};
