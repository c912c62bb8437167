// Follows the updates one observation at a time in log space, renormalising with log-sum-exp after
// each step (so the log-posteriors stay near 0 and nothing overflows or underflows).
class Solution {
public:
    vector<double> posterior(vector<double>& priors, vector<vector<double>>& likelihoods, vector<int>& observations) {
        int H = priors.size(), K = likelihoods[0].size();
        vector<vector<double>> logL(H, vector<double>(K));
        for (int h = 0; h < H; ++h)
            for (int o = 0; o < K; ++o) logL[h][o] = log(likelihoods[h][o]);
        double sum = accumulate(priors.begin(), priors.end(), 0.0);
        vector<double> lp(H);
        for (int h = 0; h < H; ++h) lp[h] = log(priors[h] / sum);
        auto renormalise = [&]() {
            double mx = -INFINITY;
            for (double v : lp) mx = max(mx, v);
            double s = 0;
            for (double v : lp) s += exp(v - mx);
            double lse = mx + log(s);
            for (double& v : lp) v -= lse;
        };
        for (int o : observations) {
            for (int h = 0; h < H; ++h) lp[h] += logL[h][o];
            renormalise();
        }
        vector<double> out(H);
        for (int h = 0; h < H; ++h) out[h] = exp(lp[h]);
        return out;
    }
};
