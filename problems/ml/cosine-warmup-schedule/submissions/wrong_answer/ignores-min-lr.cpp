// Classic mistake: anneals to 0 (baseLr * (1 + cos) / 2) and forgets the minLr floor.
class Solution {
public:
    vector<double> cosineWithWarmup(double baseLr, int warmupSteps, int totalSteps, double minLr) {
        const double pi = acos(-1.0);
        vector<double> lr(totalSteps);
        for (int s = 1; s <= totalSteps; ++s) {
            if (s <= warmupSteps) {
                lr[s - 1] = baseLr * s / warmupSteps;
            } else {
                double progress = double(s - warmupSteps) / (totalSteps - warmupSteps);
                lr[s - 1] = baseLr * 0.5 * (1 + cos(pi * progress));
            }
        }
        return lr;
    }
};
