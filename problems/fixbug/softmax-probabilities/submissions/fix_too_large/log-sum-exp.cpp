// Correct, but a rewrite through log-sum-exp.
class Solution {
public:
    vector<double> softmax(vector<double>& logits) {
        double top = *max_element(logits.begin(), logits.end());
        double sum = 0;
        for (double z : logits) sum += exp(z - top);
        double lse = top + log(sum);
        vector<double> probs;
        for (double z : logits) probs.push_back(exp(z - lse));
        return probs;
    }
};
