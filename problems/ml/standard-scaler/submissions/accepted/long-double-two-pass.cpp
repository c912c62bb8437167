// Two passes per column in long double; a constant column is detected by comparing values.
class Solution {
public:
    vector<vector<double>> standardScale(vector<vector<double>>& train, vector<vector<double>>& test) {
        size_t n = train.size(), d = train[0].size();
        vector<vector<double>> out(test.size(), vector<double>(d, 0.0));
        for (size_t j = 0; j < d; ++j) {
            long double sum = 0;
            double lo = train[0][j], hi = train[0][j];
            for (size_t i = 0; i < n; ++i) {
                sum += train[i][j];
                lo = min(lo, train[i][j]);
                hi = max(hi, train[i][j]);
            }
            if (lo == hi) continue;
            long double mean = sum / n, sq = 0;
            for (size_t i = 0; i < n; ++i) sq += (train[i][j] - mean) * (train[i][j] - mean);
            long double sd = sqrtl(sq / n);
            for (size_t r = 0; r < test.size(); ++r) out[r][j] = (double)((test[r][j] - mean) / sd);
        }
        return out;
    }
};
