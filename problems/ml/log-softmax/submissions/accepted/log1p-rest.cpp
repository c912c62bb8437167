// The maximum's own term is exactly 1, so lse = m + log1p(sum of the other shifted terms).
class Solution {
public:
    vector<double> logSoftmax(vector<double>& logits) {
        size_t k = max_element(logits.begin(), logits.end()) - logits.begin();
        double m = logits[k], rest = 0;
        for (size_t i = 0; i < logits.size(); ++i)
            if (i != k) rest += exp(logits[i] - m);
        double lse = m + log1p(rest);
        vector<double> out;
        out.reserve(logits.size());
        for (double x : logits) out.push_back(x - lse);
        return out;
    }
};
