// Classic mistake: shifts by the minimum instead of the maximum, so e^(max - min) overflows once the spread exceeds 709.
class Solution {
public:
    vector<double> softmax(vector<double>& logits) {
        double m = *min_element(logits.begin(), logits.end());
        vector<double> out(logits.size());
        double sum = 0;
        for (size_t i = 0; i < logits.size(); ++i) sum += out[i] = exp(logits[i] - m);
        for (double& v : out) v /= sum;
        return out;
    }
};
