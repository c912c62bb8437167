// p_i = exp(x_i - LSE) with LSE = m + log(sum exp(x_j - m)), accumulated in long double.
class Solution {
public:
    vector<double> softmax(vector<double>& logits) {
        long double m = logits[0];
        for (double x : logits) m = max(m, (long double)x);
        long double s = 0;
        for (double x : logits) s += expl(x - m);
        long double lse = m + logl(s);
        vector<double> out(logits.size());
        for (size_t i = 0; i < logits.size(); ++i) out[i] = (double)expl(logits[i] - lse);
        return out;
    }
};
