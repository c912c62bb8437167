// Classic mistake: normalises only inside the update loop, so with no observations the raw prior
// weights come back instead of probabilities.
class Solution {
public:
    vector<double> posterior(vector<double>& priors, vector<vector<double>>& likelihoods, vector<int>& observations) {
        int H = priors.size();
        vector<double> lp(H);
        for (int h = 0; h < H; ++h) lp[h] = log(priors[h]);
        for (int o : observations) {
            for (int h = 0; h < H; ++h) lp[h] += log(likelihoods[h][o]);
            double mx = *max_element(lp.begin(), lp.end()), s = 0;
            for (double v : lp) s += exp(v - mx);
            double lse = mx + log(s);
            for (double& v : lp) v -= lse;
        }
        vector<double> p(H);
        for (int h = 0; h < H; ++h) p[h] = exp(lp[h]);
        return p;
    }
};
