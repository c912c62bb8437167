// Classic mistake: the mean divides the sum of the present values by all n rows, counting the missing ones.
class Solution {
public:
    vector<vector<double>> impute(vector<vector<double>>& X, string strategy) {
        int n = X.size(), d = X[0].size();
        vector<vector<double>> out = X;
        for (int j = 0; j < d; ++j) {
            vector<double> present;
            double s = 0;
            for (int i = 0; i < n; ++i)
                if (X[i][j] != -999999) present.push_back(X[i][j]), s += X[i][j];
            int m = present.size();
            double fill = 0;
            if (m > 0 && strategy == "mean") {
                fill = s / n;
            } else if (m > 0) {
                sort(present.begin(), present.end());
                fill = m % 2 ? present[m / 2] : (present[m / 2 - 1] + present[m / 2]) / 2;
            }
            for (int i = 0; i < n; ++i)
                if (X[i][j] == -999999) out[i][j] = fill;
        }
        return out;
    }
};
