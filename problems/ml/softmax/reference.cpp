class Solution {
public:
    vector<double> softmax(vector<double>& logits) {
        // Shift by the maximum: every exponent is <= 0, the largest term is 1, the sum is in [1, n].
        double m = *max_element(logits.begin(), logits.end());
        vector<double> out(logits.size());
        double sum = 0;
        for (size_t i = 0; i < logits.size(); ++i) {
            out[i] = exp(logits[i] - m);
            sum += out[i];
        }
        for (double& v : out) v /= sum;
        return out;
    }
};
