class Solution {
    vector<vector<int>> result;
    vector<int> chosen;

    // Candidates are sorted; a combination lists them in non-decreasing order, so each appears once.
    void build(const vector<int>& c, size_t start, int left) {
        if (left == 0) {
            result.push_back(chosen);
            return;
        }
        for (size_t i = start; i < c.size() && c[i] <= left; ++i) {
            chosen.push_back(c[i]);
            build(c, i, left - c[i]);  // i again: the same candidate may be reused
            chosen.pop_back();
        }
    }

public:
    vector<vector<int>> combinationSum(vector<int>& candidates, int target) {
        vector<int> c = candidates;
        sort(c.begin(), c.end());
        result.clear();
        chosen.clear();
        build(c, 0, target);
        return result;
    }
};
