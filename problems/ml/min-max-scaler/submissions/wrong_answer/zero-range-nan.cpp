// Classic mistake: no guard for a constant column, so it divides by a zero range (nan or inf).
class Solution {
public:
    vector<vector<double>> minMaxScale(vector<vector<double>>& train, vector<vector<double>>& test) {
        int d = train[0].size();
        vector<double> lo(train[0]), hi(train[0]);
        for (const auto& row : train)
            for (int j = 0; j < d; ++j) lo[j] = min(lo[j], row[j]), hi[j] = max(hi[j], row[j]);
        vector<vector<double>> out(test.size(), vector<double>(d));
        for (size_t r = 0; r < test.size(); ++r)
            for (int j = 0; j < d; ++j) out[r][j] = (test[r][j] - lo[j]) / (hi[j] - lo[j]);
        return out;
    }
};
