// One pass with a running maximum: when a new maximum appears, rescale the running sum.
class Solution {
public:
    vector<double> softmax(vector<double>& logits) {
        double m = -numeric_limits<double>::infinity(), sum = 0;
        for (double x : logits) {
            if (x > m) {
                sum = sum * exp(m - x) + 1.0;
                m = x;
            } else {
                sum += exp(x - m);
            }
        }
        vector<double> out;
        out.reserve(logits.size());
        for (double x : logits) out.push_back(exp(x - m) / sum);
        return out;
    }
};
