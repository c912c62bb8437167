// Classic mistake: no special case for p = 1, so the scale 1 / (1 - p) is infinite and 0 * inf = nan.
class Solution {
public:
    vector<vector<double>> dropout(vector<double>& x, vector<int>& mask, double p, vector<double>& upstream) {
        int n = x.size();
        double scale = 1.0 / (1.0 - p);
        vector<double> y(n), dx(n);
        for (int i = 0; i < n; ++i) y[i] = x[i] * mask[i] * scale, dx[i] = upstream[i] * mask[i] * scale;
        return {y, dx};
    }
};
