// Fills whole blocks of stepSize epochs with the same rate, computing gamma^block with exp/log in long double.
class Solution {
public:
    vector<double> stepDecay(double baseLr, double gamma, int stepSize, int epochs) {
        vector<double> out(epochs);
        for (int start = 0, block = 0; start < epochs; start += stepSize, ++block) {
            long double rate = baseLr * expl(block * logl((long double)gamma));
            for (int e = start; e < min(epochs, start + stepSize); ++e) out[e] = (double)rate;
        }
        return out;
    }
};
