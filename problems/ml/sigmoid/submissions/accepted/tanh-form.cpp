// sigma(z) = (1 + tanh(z / 2)) / 2: tanh saturates at +-1 and cannot overflow.
class Solution {
public:
    vector<double> sigmoid(vector<double>& z) {
        vector<double> out(z.size());
        transform(z.begin(), z.end(), out.begin(), [](double v) { return 0.5 * (1.0 + tanh(0.5 * v)); });
        return out;
    }
};
