// Classic mistake: dummy coding instead of one-hot; drops the first category's column (k - 1 columns).
class Solution {
public:
    vector<vector<int>> oneHot(vector<string>& values) {
        vector<string> cats(values);
        sort(cats.begin(), cats.end());
        cats.erase(unique(cats.begin(), cats.end()), cats.end());
        int k = cats.size();
        vector<vector<int>> out(values.size(), vector<int>(max(k - 1, 1), 0));
        for (size_t i = 0; i < values.size(); ++i) {
            int t = lower_bound(cats.begin(), cats.end(), values[i]) - cats.begin();
            if (k == 1) out[i][0] = 1;
            else if (t > 0) out[i][t - 1] = 1;
        }
        return out;
    }
};
