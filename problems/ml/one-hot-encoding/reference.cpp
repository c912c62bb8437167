class Solution {
public:
    vector<vector<int>> oneHot(vector<string>& values) {
        // Columns: the distinct values in byte-wise sorted order.
        vector<string> cats(values);
        sort(cats.begin(), cats.end());
        cats.erase(unique(cats.begin(), cats.end()), cats.end());
        vector<vector<int>> out(values.size(), vector<int>(cats.size(), 0));
        for (size_t i = 0; i < values.size(); ++i)
            out[i][lower_bound(cats.begin(), cats.end(), values[i]) - cats.begin()] = 1;
        return out;
    }
};
