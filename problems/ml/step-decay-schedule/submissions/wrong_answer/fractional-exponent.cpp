// Classic mistake: divides in floating point, gamma^(epoch / stepSize), which decays smoothly instead of in steps.
class Solution {
public:
    vector<double> stepDecay(double baseLr, double gamma, int stepSize, int epochs) {
        vector<double> lr(epochs);
        for (int e = 0; e < epochs; ++e) lr[e] = baseLr * pow(gamma, (double)e / stepSize);
        return lr;
    }
};
