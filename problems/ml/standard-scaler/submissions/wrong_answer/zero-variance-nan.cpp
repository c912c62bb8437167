// Classic mistake: no guard for a constant column, so it divides by a zero deviation (nan or inf).
class Solution {
public:
    vector<vector<double>> standardScale(vector<vector<double>>& train, vector<vector<double>>& test) {
        int n = train.size(), d = train[0].size();
        vector<vector<double>> out(test.size(), vector<double>(d));
        for (int j = 0; j < d; ++j) {
            double mean = 0, sq = 0;
            for (int i = 0; i < n; ++i) mean += train[i][j];
            mean /= n;
            for (int i = 0; i < n; ++i) sq += (train[i][j] - mean) * (train[i][j] - mean);
            double sd = sqrt(sq / n);
            for (size_t r = 0; r < test.size(); ++r) out[r][j] = (test[r][j] - mean) / sd;
        }
        return out;
    }
};
