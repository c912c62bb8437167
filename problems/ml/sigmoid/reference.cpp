class Solution {
public:
    vector<double> sigmoid(vector<double>& z) {
        // Never exponentiate a positive number: e^-|z| lies in (0, 1], so nothing overflows.
        vector<double> out(z.size());
        for (size_t i = 0; i < z.size(); ++i) {
            if (z[i] >= 0) {
                out[i] = 1.0 / (1.0 + exp(-z[i]));
            } else {
                double e = exp(z[i]);
                out[i] = e / (1.0 + e);
            }
        }
        return out;
    }
};
