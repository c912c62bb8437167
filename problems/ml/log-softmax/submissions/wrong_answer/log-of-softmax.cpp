// Classic mistake: takes log of a (stable) softmax; probabilities that underflow to 0 give log(0) = -inf.
class Solution {
public:
    vector<double> logSoftmax(vector<double>& logits) {
        double m = *max_element(logits.begin(), logits.end());
        vector<double> p(logits.size());
        double sum = 0;
        for (size_t i = 0; i < logits.size(); ++i) sum += p[i] = exp(logits[i] - m);
        for (double& v : p) v = log(v / sum);
        return p;
    }
};
