class Solution {
public:
    double binaryCrossEntropy(vector<int>& labels, vector<double>& probs) {
        double total = 0;
        for (size_t i = 0; i < labels.size(); ++i) {
            double p = probs[i];
            total += labels[i] == 1 ? -log(p) : -log(1 - p);
        }
        return total / labels.size();
    }
};
