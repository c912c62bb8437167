// Classic mistake: shifts the numerators by the maximum but divides by the sum of the unshifted exponentials.
class Solution {
public:
    vector<double> softmax(vector<double>& logits) {
        double m = *max_element(logits.begin(), logits.end());
        double sum = 0;
        for (double x : logits) sum += exp(x);
        vector<double> out(logits.size());
        for (size_t i = 0; i < logits.size(); ++i) out[i] = exp(logits[i] - m) / sum;
        return out;
    }
};
