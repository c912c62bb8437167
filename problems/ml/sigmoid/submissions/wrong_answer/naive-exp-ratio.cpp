// Classic mistake: e^z / (1 + e^z) overflows to inf / inf = nan once z > 709.78.
class Solution {
public:
    vector<double> sigmoid(vector<double>& z) {
        vector<double> out(z.size());
        for (size_t i = 0; i < z.size(); ++i) out[i] = exp(z[i]) / (1.0 + exp(z[i]));
        return out;
    }
};
