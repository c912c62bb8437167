// Brute force: compares every ungrouped word with every later one by letter counts: O(n^2 * k).
class Solution {
    bool same(const string& a, const string& b) {
        if (a.size() != b.size()) return false;
        int cnt[26] = {0};
        for (char c : a) ++cnt[c - 'a'];
        for (char c : b) --cnt[c - 'a'];
        for (int x : cnt) if (x) return false;
        return true;
    }
public:
    vector<vector<string>> groupAnagrams(vector<string>& strs) {
        int n = strs.size();
        vector<bool> used(n, false);
        vector<vector<string>> res;
        for (int i = 0; i < n; ++i) {
            if (used[i]) continue;
            res.push_back({strs[i]});
            for (int j = i + 1; j < n; ++j)
                if (!used[j] && same(strs[i], strs[j])) {
                    used[j] = true;
                    res.back().push_back(strs[j]);
                }
        }
        return res;
    }
};
