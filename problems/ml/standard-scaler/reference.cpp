class Solution {
public:
    vector<vector<double>> standardScale(vector<vector<double>>& train, vector<vector<double>>& test) {
        int n = train.size(), d = train[0].size();
        vector<double> mean(d, 0.0), sd(d, 0.0);
        for (int j = 0; j < d; ++j) {
            bool constant = true;
            double s = 0;
            for (int i = 0; i < n; ++i) s += train[i][j], constant &= train[i][j] == train[0][j];
            if (constant) continue;  // sd stays 0: the column maps to 0
            double m = s / n;
            // Second pass: the deviations from the first estimate correct its rounding, then give the variance.
            double fix = 0;
            for (int i = 0; i < n; ++i) fix += train[i][j] - m;
            m += fix / n;
            double sq = 0;
            for (int i = 0; i < n; ++i) sq += (train[i][j] - m) * (train[i][j] - m);
            mean[j] = m;
            sd[j] = sqrt(sq / n);  // population standard deviation
        }
        vector<vector<double>> out(test.size(), vector<double>(d));
        for (size_t i = 0; i < test.size(); ++i)
            for (int j = 0; j < d; ++j)
                out[i][j] = sd[j] == 0 ? 0.0 : (test[i][j] - mean[j]) / sd[j];
        return out;
    }
};
