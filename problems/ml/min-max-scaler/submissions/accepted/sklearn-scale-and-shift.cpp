// sklearn's form: scale = 1 / (max - min), shift = -min * scale, out = x * scale + shift; infinities as start values.
class Solution {
public:
    vector<vector<double>> minMaxScale(vector<vector<double>>& train, vector<vector<double>>& test) {
        int d = train[0].size();
        vector<double> scale(d, 0.0), shift(d, 0.0);
        for (int j = 0; j < d; ++j) {
            double lo = numeric_limits<double>::infinity(), hi = -lo;
            for (const auto& row : train) lo = min(lo, row[j]), hi = max(hi, row[j]);
            if (hi > lo) scale[j] = 1.0 / (hi - lo), shift[j] = -lo * scale[j];
        }
        vector<vector<double>> out(test);
        for (auto& row : out)
            for (int j = 0; j < d; ++j) row[j] = row[j] * scale[j] + shift[j];
        return out;
    }
};
