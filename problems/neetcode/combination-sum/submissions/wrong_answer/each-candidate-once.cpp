// Mistake: recurses with i + 1 after taking candidate i, so no candidate can be reused.
class Solution {
    vector<vector<int>> result;
    vector<int> cur;
    void go(const vector<int>& c, size_t start, int left) {
        if (left == 0) { result.push_back(cur); return; }
        for (size_t i = start; i < c.size(); ++i)
            if (c[i] <= left) {
                cur.push_back(c[i]);
                go(c, i + 1, left - c[i]);
                cur.pop_back();
            }
    }
public:
    vector<vector<int>> combinationSum(vector<int>& candidates, int target) {
        result.clear();
        cur.clear();
        go(candidates, 0, target);
        return result;
    }
};
