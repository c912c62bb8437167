// Welford's running mean and M2, updated row by row for all columns at once.
class Solution {
public:
    vector<vector<double>> standardScale(vector<vector<double>>& train, vector<vector<double>>& test) {
        int d = train[0].size();
        vector<double> mean(d, 0.0), m2(d, 0.0);
        long long count = 0;
        for (const auto& row : train) {
            ++count;
            for (int j = 0; j < d; ++j) {
                double delta = row[j] - mean[j];
                mean[j] += delta / count;
                m2[j] += delta * (row[j] - mean[j]);
            }
        }
        vector<vector<double>> out = test;
        for (int j = 0; j < d; ++j) {
            double sd = sqrt(m2[j] / count);
            for (auto& row : out) row[j] = sd > 0 ? (row[j] - mean[j]) / sd : 0.0;
        }
        return out;
    }
};
