// Classic mistake: treats p as the keep probability and divides by p instead of 1 - p.
class Solution {
public:
    vector<vector<double>> dropout(vector<double>& x, vector<int>& mask, double p, vector<double>& upstream) {
        int n = x.size();
        vector<double> y(n, 0.0), dx(n, 0.0);
        if (p == 0) return {y, dx};
        for (int i = 0; i < n; ++i)
            if (mask[i]) y[i] = x[i] / p, dx[i] = upstream[i] / p;
        return {y, dx};
    }
};
