// Classic mistake: takes the minimum and maximum from the test rows instead of the training rows.
class Solution {
public:
    vector<vector<double>> minMaxScale(vector<vector<double>>& train, vector<vector<double>>& test) {
        int d = test[0].size();
        vector<double> lo(test[0]), hi(test[0]);
        for (const auto& row : test)
            for (int j = 0; j < d; ++j) lo[j] = min(lo[j], row[j]), hi[j] = max(hi[j], row[j]);
        vector<vector<double>> out(test.size(), vector<double>(d));
        for (size_t r = 0; r < test.size(); ++r)
            for (int j = 0; j < d; ++j)
                out[r][j] = hi[j] == lo[j] ? 0.0 : (test[r][j] - lo[j]) / (hi[j] - lo[j]);
        return out;
    }
};
