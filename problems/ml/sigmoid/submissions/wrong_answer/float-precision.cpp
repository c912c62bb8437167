// Classic mistake: computes in float, whose 7 significant digits are far from the required 1e-9.
class Solution {
public:
    vector<double> sigmoid(vector<double>& z) {
        vector<double> out(z.size());
        for (size_t i = 0; i < z.size(); ++i) {
            float v = (float)z[i];
            out[i] = v >= 0 ? 1.0f / (1.0f + expf(-v)) : expf(v) / (1.0f + expf(v));
        }
        return out;
    }
};
