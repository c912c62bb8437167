// Count each distinct value, then for value after value decide how many of its copies (0..count) the combination uses.
class Solution {
    vector<pair<int, int>> groups;  // (value, copies), ascending
    vector<vector<int>> result;
    vector<int> cur;
    void go(size_t g, int left) {
        if (left == 0) { result.push_back(cur); return; }
        if (g == groups.size() || groups[g].first > left) return;
        auto [v, k] = groups[g];
        go(g + 1, left);  // none of this value
        int used = 0;
        while (used < k && v <= left) {  // one more copy each round
            cur.push_back(v);
            ++used;
            left -= v;
            go(g + 1, left);
        }
        cur.resize(cur.size() - used);
    }
public:
    vector<vector<int>> combinationSum2(vector<int>& candidates, int target) {
        map<int, int> count;
        for (int x : candidates) ++count[x];
        groups.assign(count.begin(), count.end());
        result.clear();
        cur.clear();
        go(0, target);
        return result;
    }
};
