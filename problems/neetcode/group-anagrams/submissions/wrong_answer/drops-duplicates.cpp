// Classic mistake: collects each group in a set, so a word repeated in the input is returned only once.
class Solution {
public:
    vector<vector<string>> groupAnagrams(vector<string>& strs) {
        unordered_map<string, set<string>> groups;
        for (const string& w : strs) {
            string key = w;
            sort(key.begin(), key.end());
            groups[key].insert(w);
        }
        vector<vector<string>> res;
        for (auto& [k, g] : groups) res.emplace_back(g.begin(), g.end());
        return res;
    }
};
