// Streaming log-sum-exp: keep a running maximum and rescale the running sum when it grows.
class Solution {
public:
    vector<double> logSoftmax(vector<double>& logits) {
        long double m = -INFINITY, s = 0;
        for (double x : logits) {
            if (x > m) {
                s = s * expl(m - x) + 1;
                m = x;
            } else {
                s += expl(x - m);
            }
        }
        long double lse = m + logl(s);
        vector<double> out(logits.size());
        for (size_t i = 0; i < logits.size(); ++i) out[i] = (double)(logits[i] - lse);
        return out;
    }
};
