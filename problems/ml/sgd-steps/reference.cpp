class Solution {
public:
    vector<double> sgdSteps(vector<double>& theta, vector<vector<double>>& grads, double lr) {
        // One running copy of the parameters; each step moves it against that step's gradient.
        vector<double> w(theta);
        for (const vector<double>& g : grads)
            for (size_t j = 0; j < w.size(); ++j) w[j] -= lr * g[j];
        return w;
    }
};
