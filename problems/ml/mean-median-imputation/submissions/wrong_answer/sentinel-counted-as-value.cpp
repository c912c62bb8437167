// Classic mistake: the statistic is taken over the whole column, sentinel -999999 entries included.
class Solution {
public:
    vector<vector<double>> impute(vector<vector<double>>& X, string strategy) {
        int n = X.size(), d = X[0].size();
        vector<vector<double>> out = X;
        for (int j = 0; j < d; ++j) {
            vector<double> col;
            for (int i = 0; i < n; ++i) col.push_back(X[i][j]);
            double fill;
            if (strategy == "mean") {
                double s = 0;
                for (double v : col) s += v;
                fill = s / n;
            } else {
                sort(col.begin(), col.end());
                fill = n % 2 ? col[n / 2] : (col[n / 2 - 1] + col[n / 2]) / 2;
            }
            for (int i = 0; i < n; ++i)
                if (X[i][j] == -999999) out[i][j] = fill;
        }
        return out;
    }
};
