// Classic mistake: skips a column with no present value, so its entries stay -999999 instead of 0.
class Solution {
public:
    vector<vector<double>> impute(vector<vector<double>>& X, string strategy) {
        int n = X.size(), d = X[0].size();
        vector<vector<double>> out = X;
        for (int j = 0; j < d; ++j) {
            vector<double> present;
            for (int i = 0; i < n; ++i)
                if (X[i][j] != -999999) present.push_back(X[i][j]);
            int m = present.size();
            if (m == 0) continue;
            double fill;
            if (strategy == "mean") {
                double s = 0;
                for (double v : present) s += v;
                fill = s / m;
            } else {
                sort(present.begin(), present.end());
                fill = m % 2 ? present[m / 2] : (present[m / 2 - 1] + present[m / 2]) / 2;
            }
            for (int i = 0; i < n; ++i)
                if (X[i][j] == -999999) out[i][j] = fill;
        }
        return out;
    }
};
