// Mistake: prunes with break as soon as a candidate exceeds the remaining sum, but never sorted the candidates, so smaller ones after it are skipped.
class Solution {
    vector<vector<int>> result;
    vector<int> cur;
    void go(const vector<int>& c, size_t start, int left) {
        if (left == 0) { result.push_back(cur); return; }
        for (size_t i = start; i < c.size(); ++i) {
            if (c[i] > left) break;
            cur.push_back(c[i]);
            go(c, i, left - c[i]);
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
