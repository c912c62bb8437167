// Classic mistake: multiplies all likelihoods in plain doubles and normalises once at the end; the
// products underflow to 0 on long sequences and the answer becomes 0/0 = nan.
class Solution {
public:
    vector<double> posterior(vector<double>& priors, vector<vector<double>>& likelihoods, vector<int>& observations) {
        int H = priors.size();
        vector<double> p(priors);
        for (int o : observations)
            for (int h = 0; h < H; ++h) p[h] *= likelihoods[h][o];
        double s = accumulate(p.begin(), p.end(), 0.0);
        for (double& x : p) x /= s;
        return p;
    }
};
