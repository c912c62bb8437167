// Classic mistake: starts from a uniform prior (the maximum-likelihood weights), ignoring priors.
class Solution {
public:
    vector<double> posterior(vector<double>& priors, vector<vector<double>>& likelihoods, vector<int>& observations) {
        int H = priors.size();
        vector<double> lp(H, 0.0);
        for (int o : observations)
            for (int h = 0; h < H; ++h) lp[h] += log(likelihoods[h][o]);
        double mx = *max_element(lp.begin(), lp.end()), s = 0;
        vector<double> p(H);
        for (int h = 0; h < H; ++h) s += p[h] = exp(lp[h] - mx);
        for (double& x : p) x /= s;
        return p;
    }
};
