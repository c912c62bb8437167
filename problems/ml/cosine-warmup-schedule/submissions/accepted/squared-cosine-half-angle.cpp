// Uses (1 + cos x) / 2 = cos^2(x / 2) and M_PI; the warmup fraction is computed first.
class Solution {
public:
    vector<double> cosineWithWarmup(double baseLr, int warmupSteps, int totalSteps, double minLr) {
        vector<double> out;
        out.reserve(totalSteps);
        for (int s = 1; s <= warmupSteps; ++s) out.push_back(baseLr * ((double)s / warmupSteps));
        int decay = totalSteps - warmupSteps;
        for (int i = 1; i <= decay; ++i) {
            double c = cos(M_PI * i / (2.0 * decay));
            out.push_back(minLr + (baseLr - minLr) * c * c);
        }
        return out;
    }
};
