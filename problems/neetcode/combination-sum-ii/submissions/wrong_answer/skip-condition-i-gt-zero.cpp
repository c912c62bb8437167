// Mistake: skip test written as i > 0 instead of i > start, so a value can never be used twice even when it occurs twice ([1,1,3] is lost).
class Solution {
    vector<vector<int>> result;
    vector<int> cur;
    void go(const vector<int>& c, size_t start, int left) {
        if (left == 0) { result.push_back(cur); return; }
        for (size_t i = start; i < c.size() && c[i] <= left; ++i) {
            if (i > 0 && c[i] == c[i - 1]) continue;
            cur.push_back(c[i]);
            go(c, i + 1, left - c[i]);
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
