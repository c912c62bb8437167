// Classic mistake: starts the running minimum and maximum at 0, so 0 counts as a training value.
class Solution {
public:
    vector<vector<double>> minMaxScale(vector<vector<double>>& train, vector<vector<double>>& test) {
        int d = train[0].size();
        vector<double> lo(d, 0.0), hi(d, 0.0);
        for (const auto& row : train)
            for (int j = 0; j < d; ++j) lo[j] = min(lo[j], row[j]), hi[j] = max(hi[j], row[j]);
        vector<vector<double>> out(test.size(), vector<double>(d));
        for (size_t r = 0; r < test.size(); ++r)
            for (int j = 0; j < d; ++j)
                out[r][j] = hi[j] == lo[j] ? 0.0 : (test[r][j] - lo[j]) / (hi[j] - lo[j]);
        return out;
    }
};
