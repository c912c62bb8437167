// Classic mistake: fits the mean and deviation on the test rows instead of the training rows.
class Solution {
public:
    vector<vector<double>> standardScale(vector<vector<double>>& train, vector<vector<double>>& test) {
        int k = test.size(), d = test[0].size();
        vector<vector<double>> out(k, vector<double>(d, 0.0));
        for (int j = 0; j < d; ++j) {
            double mean = 0, sq = 0;
            for (int r = 0; r < k; ++r) mean += test[r][j];
            mean /= k;
            for (int r = 0; r < k; ++r) sq += (test[r][j] - mean) * (test[r][j] - mean);
            if (sq == 0) continue;
            double sd = sqrt(sq / k);
            for (int r = 0; r < k; ++r) out[r][j] = (test[r][j] - mean) / sd;
        }
        return out;
    }
};
