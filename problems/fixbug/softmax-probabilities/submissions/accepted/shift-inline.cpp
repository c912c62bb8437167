// Fix: the same shift, with the maximum found by a ranges call.
class Solution {
public:
    vector<double> softmax(vector<double>& logits) {
        vector<double> probs(logits.size());
        double total = 0;
        const double top = *ranges::max_element(logits);
        for (size_t i = 0; i < logits.size(); ++i) {
            probs[i] = exp(logits[i] - top);
            total += probs[i];
        }
        for (double& p : probs) p /= total;
        return probs;
    }
};
