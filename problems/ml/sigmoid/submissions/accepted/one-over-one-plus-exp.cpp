// The textbook 1 / (1 + e^-z): for z < -709.78 e^-z is +inf and 1 / inf = 0 exactly, never nan.
class Solution {
public:
    vector<double> sigmoid(vector<double>& z) {
        vector<double> out;
        out.reserve(z.size());
        for (double v : z) out.push_back(1.0 / (1.0 + exp(-v)));
        return out;
    }
};
