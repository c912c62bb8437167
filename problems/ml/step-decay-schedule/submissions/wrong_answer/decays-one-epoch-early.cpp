// Classic mistake: counts epochs from 1, floor((epoch + 1) / stepSize), so every decay comes one epoch early.
class Solution {
public:
    vector<double> stepDecay(double baseLr, double gamma, int stepSize, int epochs) {
        vector<double> lr(epochs);
        for (int e = 0; e < epochs; ++e) lr[e] = baseLr * pow(gamma, (e + 1) / stepSize);
        return lr;
    }
};
