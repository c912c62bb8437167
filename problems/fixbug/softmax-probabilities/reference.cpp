// Fix: exp overflows past 709 (and underflows below -745); shift every logit by the largest first.
class Solution {
public:
    vector<double> softmax(vector<double>& logits) {
        vector<double> probs(logits.size());
        double total = 0;
        double top = *max_element(logits.begin(), logits.end());
        for (size_t i = 0; i < logits.size(); ++i) {
            probs[i] = exp(logits[i] - top);
            total += probs[i];
        }
        for (double& p : probs) p /= total;
        return probs;
    }
};
