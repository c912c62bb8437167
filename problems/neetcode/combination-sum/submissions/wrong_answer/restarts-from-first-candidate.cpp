// Mistake: every level loops over all candidates from index 0, so one combination comes out in several orders ([2,3,3], [3,2,3], ...).
class Solution {
    vector<vector<int>> result;
    vector<int> cur;
    void go(const vector<int>& c, int left) {
        if (left == 0) { result.push_back(cur); return; }
        for (int x : c)
            if (x <= left) {
                cur.push_back(x);
                go(c, left - x);
                cur.pop_back();
            }
    }
public:
    vector<vector<int>> combinationSum(vector<int>& candidates, int target) {
        result.clear();
        cur.clear();
        go(candidates, target);
        return result;
    }
};
