// Unsorted take-or-skip recursion: either use candidate i once more (stay at i) or move past it for good.
class Solution {
    vector<vector<int>> result;
    vector<int> cur;
    void go(const vector<int>& c, size_t i, int left) {
        if (left == 0) { result.push_back(cur); return; }
        if (i == c.size() || left < 0) return;
        cur.push_back(c[i]);
        go(c, i, left - c[i]);
        cur.pop_back();
        go(c, i + 1, left);
    }
public:
    vector<vector<int>> combinationSum(vector<int>& candidates, int target) {
        result.clear();
        cur.clear();
        go(candidates, 0, target);
        return result;
    }
};
