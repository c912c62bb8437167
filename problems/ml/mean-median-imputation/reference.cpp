class Solution {
public:
    vector<vector<double>> impute(vector<vector<double>>& X, string strategy) {
        const double MISSING = -999999;
        int n = X.size(), d = X[0].size();
        vector<vector<double>> out = X;
        vector<double> present;
        for (int j = 0; j < d; ++j) {
            present.clear();
            for (int i = 0; i < n; ++i)
                if (X[i][j] != MISSING) present.push_back(X[i][j]);
            double fill = 0;  // a column with no present value is filled with 0
            int m = present.size();
            if (m > 0 && strategy == "mean") {
                double s = 0;
                for (double v : present) s += v;
                fill = s / m;  // over the present values only
            } else if (m > 0) {
                sort(present.begin(), present.end());
                fill = m % 2 ? present[m / 2] : (present[m / 2 - 1] + present[m / 2]) / 2;
            }
            for (int i = 0; i < n; ++i)
                if (X[i][j] == MISSING) out[i][j] = fill;
        }
        return out;
    }
};
