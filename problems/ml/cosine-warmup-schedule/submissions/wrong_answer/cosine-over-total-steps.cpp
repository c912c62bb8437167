// Classic mistake: divides the cosine progress by totalSteps instead of totalSteps - warmupSteps, so it never reaches minLr.
class Solution {
public:
    vector<double> cosineWithWarmup(double baseLr, int warmupSteps, int totalSteps, double minLr) {
        const double pi = acos(-1.0);
        vector<double> lr(totalSteps);
        for (int s = 1; s <= totalSteps; ++s) {
            if (s <= warmupSteps) {
                lr[s - 1] = baseLr * s / warmupSteps;
            } else {
                double progress = double(s - warmupSteps) / totalSteps;
                lr[s - 1] = minLr + (baseLr - minLr) * 0.5 * (1 + cos(pi * progress));
            }
        }
        return lr;
    }
};
