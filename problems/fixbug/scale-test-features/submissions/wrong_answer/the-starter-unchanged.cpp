// Not fixed: each test column is scaled by its own statistics (leakage, and wrong values).
class Solution {
    static pair<double, double> meanAndStd(const vector<vector<double>>& rows, size_t j) {
        double mean = 0, var = 0;
        for (const auto& row : rows) mean += row[j];
        mean /= rows.size();
        for (const auto& row : rows) var += (row[j] - mean) * (row[j] - mean);
        return {mean, sqrt(var / rows.size())};
    }
public:
    vector<vector<double>> scaleTest(vector<vector<double>>& train, vector<vector<double>>& test) {
        vector<vector<double>> scaled = test;
        for (size_t j = 0; j < train[0].size(); ++j) {
            auto [mean, sd] = meanAndStd(scaled, j);
            for (auto& row : scaled) row[j] = sd == 0 ? 0.0 : (row[j] - mean) / sd;
        }
        return scaled;
    }
};
