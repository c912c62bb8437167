// Classic mistake: exponentiates the raw logits; e^1000 = inf gives nan, and all logits < -745 give 0 / 0.
class Solution {
public:
    vector<double> softmax(vector<double>& logits) {
        vector<double> out(logits.size());
        double sum = 0;
        for (size_t i = 0; i < logits.size(); ++i) sum += out[i] = exp(logits[i]);
        for (double& v : out) v /= sum;
        return out;
    }
};
