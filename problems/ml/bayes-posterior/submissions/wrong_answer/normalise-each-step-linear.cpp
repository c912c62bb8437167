// Classic mistake: normalises after each observation but in plain doubles; a hypothesis that drops
// below 1e-308 becomes exactly 0 and cannot recover when later data favour it.
class Solution {
public:
    vector<double> posterior(vector<double>& priors, vector<vector<double>>& likelihoods, vector<int>& observations) {
        int H = priors.size();
        vector<double> p(priors);
        double s = accumulate(p.begin(), p.end(), 0.0);
        for (double& x : p) x /= s;
        for (int o : observations) {
            s = 0;
            for (int h = 0; h < H; ++h) s += p[h] *= likelihoods[h][o];
            for (double& x : p) x /= s;
        }
        return p;
    }
};
