// Correct, but a rewrite: fit all columns, then apply.
class Solution {
public:
    vector<vector<double>> scaleTest(vector<vector<double>>& train, vector<vector<double>>& test) {
        size_t d = train[0].size();
        vector<double> mean(d, 0), sd(d, 0);
        for (size_t j = 0; j < d; ++j) {
            for (const auto& row : train) mean[j] += row[j];
            mean[j] /= train.size();
            for (const auto& row : train) sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
            sd[j] = sqrt(sd[j] / train.size());
        }
        vector<vector<double>> out = test;
        for (auto& row : out)
            for (size_t j = 0; j < d; ++j) row[j] = sd[j] == 0 ? 0.0 : (row[j] - mean[j]) / sd[j];
        return out;
    }
};
