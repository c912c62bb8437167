class Solution {
public:
    vector<double> logSoftmax(vector<double>& logits) {
        // log-sum-exp shifted by the maximum: the sum lies in [1, n], so its log is finite and small.
        double m = *max_element(logits.begin(), logits.end());
        double sum = 0;
        for (double x : logits) sum += exp(x - m);
        double lse = log(sum);
        vector<double> out(logits.size());
        for (size_t i = 0; i < logits.size(); ++i) out[i] = (logits[i] - m) - lse;
        return out;
    }
};
