// Classic mistake: clips z into [-10, 10] "against overflow", but sigma(12) is not sigma(10).
class Solution {
public:
    vector<double> sigmoid(vector<double>& z) {
        vector<double> out(z.size());
        for (size_t i = 0; i < z.size(); ++i) {
            double v = min(10.0, max(-10.0, z[i]));
            out[i] = 1.0 / (1.0 + exp(-v));
        }
        return out;
    }
};
