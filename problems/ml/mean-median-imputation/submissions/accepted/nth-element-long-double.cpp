// Column by column: long double mean, median with nth_element (and max_element of the lower half for even counts).
class Solution {
public:
    vector<vector<double>> impute(vector<vector<double>>& X, string strategy) {
        size_t n = X.size(), d = X[0].size();
        vector<vector<double>> out(X);
        for (size_t j = 0; j < d; ++j) {
            vector<double> v;
            for (size_t i = 0; i < n; ++i)
                if (X[i][j] != -999999.0) v.push_back(X[i][j]);
            double fill = 0;
            if (!v.empty()) {
                if (strategy == "mean") {
                    long double s = 0;
                    for (double x : v) s += x;
                    fill = (double)(s / v.size());
                } else {
                    size_t h = v.size() / 2;
                    nth_element(v.begin(), v.begin() + h, v.end());
                    fill = v[h];
                    if (v.size() % 2 == 0) fill = (fill + *max_element(v.begin(), v.begin() + h)) / 2;
                }
            }
            for (size_t i = 0; i < n; ++i)
                if (X[i][j] == -999999.0) out[i][j] = fill;
        }
        return out;
    }
};
