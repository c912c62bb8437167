class Solution {
public:
    vector<double> posterior(vector<double>& priors, vector<vector<double>>& likelihoods, vector<int>& observations) {
        int H = priors.size(), K = likelihoods[0].size();
        // The order of the observations does not change the posterior: count each outcome.
        vector<long long> count(K, 0);
        for (int o : observations) ++count[o];
        // log P(h) = log prior + sum over outcomes of count * log L[h][o] (+ a common constant).
        vector<double> logp(H);
        for (int h = 0; h < H; ++h) {
            double s = log(priors[h]);  // -inf for a zero prior
            for (int o = 0; o < K; ++o)
                if (count[o] > 0) s += count[o] * log(likelihoods[h][o]);  // -inf if ruled out
            logp[h] = s;
        }
        // Normalise with the max trick: the largest term becomes exp(0) = 1.
        double mx = *max_element(logp.begin(), logp.end());  // finite by the guarantee
        double total = 0;
        vector<double> post(H);
        for (int h = 0; h < H; ++h) total += post[h] = exp(logp[h] - mx);
        for (double& p : post) p /= total;
        return post;
    }
};
