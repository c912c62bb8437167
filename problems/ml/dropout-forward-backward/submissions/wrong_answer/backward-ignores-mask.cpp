// Classic mistake: the backward pass scales the upstream gradient but forgets to apply the mask.
class Solution {
public:
    vector<vector<double>> dropout(vector<double>& x, vector<int>& mask, double p, vector<double>& upstream) {
        int n = x.size();
        vector<double> y(n, 0.0), dx(n, 0.0);
        if (p == 1) return {y, dx};
        double scale = 1.0 / (1.0 - p);
        for (int i = 0; i < n; ++i) y[i] = x[i] * mask[i] * scale, dx[i] = upstream[i] * scale;
        return {y, dx};
    }
};
