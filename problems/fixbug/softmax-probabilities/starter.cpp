class Solution {
public:
    vector<double> softmax(vector<double>& logits) {
        vector<double> probs(logits.size());
        double total = 0;
        for (size_t i = 0; i < logits.size(); ++i) {
            probs[i] = exp(logits[i]);
            total += probs[i];
        }
        for (double& p : probs) p /= total;
        return probs;
    }
};
