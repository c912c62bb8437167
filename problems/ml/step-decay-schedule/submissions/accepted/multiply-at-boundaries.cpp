// Keeps the current rate and multiplies it by gamma each time the epoch reaches a multiple of stepSize.
class Solution {
public:
    vector<double> stepDecay(double baseLr, double gamma, int stepSize, int epochs) {
        vector<double> out;
        out.reserve(epochs);
        double lr = baseLr;
        for (int e = 0; e < epochs; ++e) {
            if (e > 0 && e % stepSize == 0) lr *= gamma;
            out.push_back(lr);
        }
        return out;
    }
};
