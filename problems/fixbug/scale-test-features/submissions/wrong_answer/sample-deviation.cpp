// Fits on train, but "fixes" the deviation too: n - 1 is the sample deviation, not the population one.
class Solution {
    static pair<double, double> meanAndStd(const vector<vector<double>>& rows, size_t j) {
        double mean = 0, var = 0;
        for (const auto& row : rows) mean += row[j];
        mean /= rows.size();
        for (const auto& row : rows) var += (row[j] - mean) * (row[j] - mean);
        return {mean, sqrt(var / (rows.size() - 1))};
    }
public:
    vector<vector<double>> scaleTest(vector<vector<double>>& train, vector<vector<double>>& test) {
        vector<vector<double>> scaled = test;
        for (size_t j = 0; j < train[0].size(); ++j) {
            auto [mean, sd] = meanAndStd(train, j);
            for (auto& row : scaled) row[j] = sd == 0 ? 0.0 : (row[j] - mean) / sd;
        }
        return scaled;
    }
};
