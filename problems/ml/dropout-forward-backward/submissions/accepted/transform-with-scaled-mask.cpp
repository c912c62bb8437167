// Builds the scaled mask m[i] / (1 - p) once (zeros when p = 1) and multiplies both vectors by it.
class Solution {
public:
    vector<vector<double>> dropout(vector<double>& x, vector<int>& mask, double p, vector<double>& upstream) {
        vector<double> scaled(mask.size());
        transform(mask.begin(), mask.end(), scaled.begin(), [p](int m) { return m && p < 1 ? 1.0 / (1.0 - p) : 0.0; });
        vector<double> y(x.size()), dx(x.size());
        transform(x.begin(), x.end(), scaled.begin(), y.begin(), multiplies<double>());
        transform(upstream.begin(), upstream.end(), scaled.begin(), dx.begin(), multiplies<double>());
        return {y, dx};
    }
};
