class Solution {
public:
    vector<vector<double>> dropout(vector<double>& x, vector<int>& mask, double p, vector<double>& upstream) {
        int n = x.size();
        vector<double> y(n, 0.0), dx(n, 0.0);
        if (p == 1) return {y, dx};  // everything dropped; 1 / (1 - p) would be infinite
        double scale = 1.0 / (1.0 - p);  // inverted dropout: kept units are scaled up
        for (int i = 0; i < n; ++i) {
            if (!mask[i]) continue;
            y[i] = x[i] * scale;
            dx[i] = upstream[i] * scale;
        }
        return {y, dx};
    }
};
