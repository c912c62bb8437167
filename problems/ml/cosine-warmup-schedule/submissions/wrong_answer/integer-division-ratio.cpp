// Classic mistake: int / int for the ratios, so warmup gives 0 before its last step and the cosine stays at baseLr until the end.
class Solution {
public:
    vector<double> cosineWithWarmup(double baseLr, int warmupSteps, int totalSteps, double minLr) {
        const double pi = acos(-1.0);
        vector<double> lr(totalSteps);
        for (int s = 1; s <= totalSteps; ++s) {
            if (s <= warmupSteps) {
                lr[s - 1] = baseLr * (s / warmupSteps);
            } else {
                double progress = (s - warmupSteps) / (totalSteps - warmupSteps);
                lr[s - 1] = minLr + (baseLr - minLr) * 0.5 * (1 + cos(pi * progress));
            }
        }
        return lr;
    }
};
