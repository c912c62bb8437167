class Solution {
public:
    vector<double> stepDecay(double baseLr, double gamma, int stepSize, int epochs) {
        // Integer division counts the completed blocks of stepSize epochs.
        vector<double> lr(epochs);
        for (int e = 0; e < epochs; ++e) lr[e] = baseLr * pow(gamma, e / stepSize);
        return lr;
    }
};
