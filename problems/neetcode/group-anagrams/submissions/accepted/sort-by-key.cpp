// No hash map: sort indices by each word's sorted letters, then cut runs of equal keys.
class Solution {
public:
    vector<vector<string>> groupAnagrams(vector<string>& strs) {
        int n = strs.size();
        vector<string> keys(strs);
        for (string& k : keys) sort(k.begin(), k.end());
        vector<int> idx(n);
        iota(idx.begin(), idx.end(), 0);
        sort(idx.begin(), idx.end(), [&](int a, int b) { return keys[a] < keys[b]; });
        vector<vector<string>> res;
        for (int i = 0; i < n; ++i) {
            if (i == 0 || keys[idx[i]] != keys[idx[i - 1]]) res.emplace_back();
            res.back().push_back(strs[idx[i]]);
        }
        return res;
    }
};
