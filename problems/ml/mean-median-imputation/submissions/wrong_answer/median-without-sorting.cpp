// Classic mistake: takes the middle of the present values in row order, without sorting them.
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
            double fill = 0;
            if (m > 0 && strategy == "mean") {
                double s = 0;
                for (double v : present) s += v;
                fill = s / m;
            } else if (m > 0) {
                fill = m % 2 ? present[m / 2] : (present[m / 2 - 1] + present[m / 2]) / 2;
            }
            for (int i = 0; i < n; ++i)
                if (X[i][j] == -999999) out[i][j] = fill;
        }
        return out;
    }
};
