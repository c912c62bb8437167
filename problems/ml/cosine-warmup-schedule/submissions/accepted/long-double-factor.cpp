// Computes a multiplier in [0, 1] in long double, then lr = minLr + (baseLr - minLr) * factor after warmup.
class Solution {
public:
    vector<double> cosineWithWarmup(double baseLr, int warmupSteps, int totalSteps, double minLr) {
        const long double pi = acosl(-1.0L);
        vector<double> out(totalSteps);
        for (int i = 0; i < totalSteps; ++i) {
            long double step = i + 1;
            if (step <= warmupSteps) {
                out[i] = (double)(baseLr * (step / warmupSteps));
            } else {
                long double factor = (1 + cosl(pi * (step - warmupSteps) / (totalSteps - warmupSteps))) / 2;
                out[i] = (double)(minLr + (baseLr - (long double)minLr) * factor);
            }
        }
        return out;
    }
};
