// Classic mistake: joins the 26 counts into a key with no separator, so counts (1,11) and (11,1) collide.
class Solution {
public:
    vector<vector<string>> groupAnagrams(vector<string>& strs) {
        unordered_map<string, vector<string>> groups;
        for (const string& w : strs) {
            int cnt[26] = {0};
            for (char c : w) ++cnt[c - 'a'];
            string key;
            for (int x : cnt) key += to_string(x);
            groups[key].push_back(w);
        }
        vector<vector<string>> res;
        for (auto& [k, g] : groups) res.push_back(g);
        return res;
    }
};
