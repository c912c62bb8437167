// Mistake: copied from Combination Sum, recursing with i instead of i + 1, so one element can be used again and again.
class Solution {
    vector<vector<int>> result;
    vector<int> cur;
    void go(const vector<int>& c, size_t start, int left) {
        if (left == 0) { result.push_back(cur); return; }
        for (size_t i = start; i < c.size() && c[i] <= left; ++i) {
            if (i > start && c[i] == c[i - 1]) continue;
            cur.push_back(c[i]);
            go(c, i, left - c[i]);
            cur.pop_back();
        }
    }
public:
    vector<vector<int>> combinationSum2(vector<int>& candidates, int target) {
        vector<int> c = candidates;
        sort(c.begin(), c.end());
        result.clear();
        cur.clear();
        go(c, 0, target);
        return result;
    }
};
