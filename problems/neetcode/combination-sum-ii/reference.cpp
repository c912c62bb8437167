class Solution {
    vector<vector<int>> result;
    vector<int> chosen;

    // c is sorted. Each level picks the next element at index >= start; equal values are tried
    // only once per level, so no combination is built twice.
    void build(const vector<int>& c, size_t start, int left) {
        if (left == 0) {
            result.push_back(chosen);
            return;
        }
        for (size_t i = start; i < c.size() && c[i] <= left; ++i) {
            if (i > start && c[i] == c[i - 1]) continue;
            chosen.push_back(c[i]);
            build(c, i + 1, left - c[i]);
            chosen.pop_back();
        }
    }

public:
    vector<vector<int>> combinationSum2(vector<int>& candidates, int target) {
        vector<int> c = candidates;
        sort(c.begin(), c.end());
        result.clear();
        chosen.clear();
        build(c, 0, target);
        return result;
    }
};
