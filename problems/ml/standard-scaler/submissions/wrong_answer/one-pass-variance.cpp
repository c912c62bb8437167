// Classic mistake: variance as E[x^2] - E[x]^2 in one pass, which cancels catastrophically under a large offset.
class Solution {
public:
    vector<vector<double>> standardScale(vector<vector<double>>& train, vector<vector<double>>& test) {
        int n = train.size(), d = train[0].size();
        vector<double> sum(d, 0.0), sumSq(d, 0.0);
        for (const auto& row : train)
            for (int j = 0; j < d; ++j) sum[j] += row[j], sumSq[j] += row[j] * row[j];
        vector<vector<double>> out(test.size(), vector<double>(d, 0.0));
        for (int j = 0; j < d; ++j) {
            double mean = sum[j] / n;
            double var = sumSq[j] / n - mean * mean;
            if (var <= 0) continue;
            double sd = sqrt(var);
            for (size_t r = 0; r < test.size(); ++r) out[r][j] = (test[r][j] - mean) / sd;
        }
        return out;
    }
};
