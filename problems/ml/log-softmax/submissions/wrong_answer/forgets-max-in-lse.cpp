// Classic mistake: computes log(sum e^(x - m)) but does not add m back, so every output is off by m.
class Solution {
public:
    vector<double> logSoftmax(vector<double>& logits) {
        double m = *max_element(logits.begin(), logits.end());
        double sum = 0;
        for (double x : logits) sum += exp(x - m);
        double lse = log(sum);
        vector<double> out(logits.size());
        for (size_t i = 0; i < logits.size(); ++i) out[i] = logits[i] - lse;
        return out;
    }
};
