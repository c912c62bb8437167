// Classic mistake: sums the logs correctly but exponentiates them directly; exp(-7000) = 0 for every
// hypothesis, so the normalisation divides 0 by 0.
class Solution {
public:
    vector<double> posterior(vector<double>& priors, vector<vector<double>>& likelihoods, vector<int>& observations) {
        int H = priors.size();
        vector<double> lp(H);
        for (int h = 0; h < H; ++h) lp[h] = log(priors[h]);
        for (int o : observations)
            for (int h = 0; h < H; ++h) lp[h] += log(likelihoods[h][o]);
        vector<double> p(H);
        double s = 0;
        for (int h = 0; h < H; ++h) s += p[h] = exp(lp[h]);
        for (double& x : p) x /= s;
        return p;
    }
};
