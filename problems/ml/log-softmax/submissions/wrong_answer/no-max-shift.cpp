// Classic mistake: log(sum e^x) without the shift; the sum overflows to inf (x > 709) or underflows to 0 (all x < -745).
class Solution {
public:
    vector<double> logSoftmax(vector<double>& logits) {
        double sum = 0;
        for (double x : logits) sum += exp(x);
        double lse = log(sum);
        vector<double> out(logits.size());
        for (size_t i = 0; i < logits.size(); ++i) out[i] = logits[i] - lse;
        return out;
    }
};
