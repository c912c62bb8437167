// Mistake: skips candidates[i] == candidates[i-1] but never sorts, so equal values that are apart produce the same combination twice.
class Solution {
    vector<vector<int>> result;
    vector<int> cur;
    void go(const vector<int>& c, size_t start, int left) {
        if (left == 0) { result.push_back(cur); return; }
        for (size_t i = start; i < c.size(); ++i) {
            if (c[i] > left) continue;
            if (i > start && c[i] == c[i - 1]) continue;
            cur.push_back(c[i]);
            go(c, i + 1, left - c[i]);
            cur.pop_back();
        }
    }
public:
    vector<vector<int>> combinationSum2(vector<int>& candidates, int target) {
        result.clear();
        cur.clear();
        go(candidates, 0, target);
        return result;
    }
};
