// One pass over the rows for all column sums and counts; medians from an ordered multiset per column.
class Solution {
public:
    vector<vector<double>> impute(vector<vector<double>>& X, string strategy) {
        int d = X[0].size();
        vector<double> sum(d, 0.0);
        vector<int> cnt(d, 0);
        vector<multiset<double>> sorted(strategy == "median" ? d : 0);
        for (const auto& row : X)
            for (int j = 0; j < d; ++j) {
                if (row[j] == -999999) continue;
                sum[j] += row[j], cnt[j]++;
                if (strategy == "median") sorted[j].insert(row[j]);
            }
        vector<double> fill(d, 0.0);
        for (int j = 0; j < d; ++j) {
            if (cnt[j] == 0) continue;
            if (strategy == "mean") {
                fill[j] = sum[j] / cnt[j];
            } else {
                auto it = next(sorted[j].begin(), (cnt[j] - 1) / 2);
                fill[j] = cnt[j] % 2 ? *it : (*it + *next(it)) / 2;
            }
        }
        vector<vector<double>> out(X);
        for (auto& row : out)
            for (int j = 0; j < d; ++j)
                if (row[j] == -999999) row[j] = fill[j];
        return out;
    }
};
