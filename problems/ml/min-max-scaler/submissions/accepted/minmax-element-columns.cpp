// Copies each training column and takes minmax_element of it.
class Solution {
public:
    vector<vector<double>> minMaxScale(vector<vector<double>>& train, vector<vector<double>>& test) {
        size_t d = train[0].size();
        vector<vector<double>> out(test.size(), vector<double>(d, 0.0));
        vector<double> col(train.size());
        for (size_t j = 0; j < d; ++j) {
            for (size_t i = 0; i < train.size(); ++i) col[i] = train[i][j];
            auto [lo, hi] = minmax_element(col.begin(), col.end());
            double range = *hi - *lo;
            if (range == 0) continue;
            for (size_t r = 0; r < test.size(); ++r) out[r][j] = (test[r][j] - *lo) / range;
        }
        return out;
    }
};
