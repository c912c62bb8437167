// Brute force: backtracks over positions without skipping equal values and removes repeats with a set; a hundred 1s with target 30 means C(100, 30) paths.
class Solution {
    set<vector<int>> found;
    vector<int> cur;
    void go(const vector<int>& c, size_t start, int left) {
        if (left == 0) { found.insert(cur); return; }
        for (size_t i = start; i < c.size() && c[i] <= left; ++i) {
            cur.push_back(c[i]);
            go(c, i + 1, left - c[i]);
            cur.pop_back();
        }
    }
public:
    vector<vector<int>> combinationSum2(vector<int>& candidates, int target) {
        vector<int> c = candidates;
        sort(c.begin(), c.end());
        found.clear();
        cur.clear();
        go(c, 0, target);
        return vector<vector<int>>(found.begin(), found.end());
    }
};
