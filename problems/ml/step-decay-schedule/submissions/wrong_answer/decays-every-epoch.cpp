// Classic mistake: multiplies by gamma every epoch (exponential decay), ignoring stepSize.
class Solution {
public:
    vector<double> stepDecay(double baseLr, double gamma, int stepSize, int epochs) {
        vector<double> lr(epochs);
        double cur = baseLr;
        for (int e = 0; e < epochs; ++e) {
            lr[e] = cur;
            cur *= gamma;
        }
        return lr;
    }
};
