// Classic mistake: applies the decay after the epoch that reaches the boundary (e > 0 && (e - 1) % stepSize == 0).
class Solution {
public:
    vector<double> stepDecay(double baseLr, double gamma, int stepSize, int epochs) {
        vector<double> out(epochs);
        double lr = baseLr;
        for (int e = 0; e < epochs; ++e) {
            out[e] = lr;
            if (e > 0 && e % stepSize == 0) lr *= gamma;
        }
        return out;
    }
};
