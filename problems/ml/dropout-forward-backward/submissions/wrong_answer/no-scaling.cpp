// Classic mistake: plain (non-inverted) dropout, the kept units are not scaled by 1 / (1 - p).
class Solution {
public:
    vector<vector<double>> dropout(vector<double>& x, vector<int>& mask, double p, vector<double>& upstream) {
        int n = x.size();
        vector<double> y(n), dx(n);
        for (int i = 0; i < n; ++i) y[i] = x[i] * mask[i], dx[i] = upstream[i] * mask[i];
        return {y, dx};
    }
};
