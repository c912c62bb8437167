// Classic mistake: keys words by the set of letters they use, ignoring how often each occurs.
class Solution {
public:
    vector<vector<string>> groupAnagrams(vector<string>& strs) {
        unordered_map<int, vector<string>> groups;
        for (const string& w : strs) {
            int mask = 0;
            for (char c : w) mask |= 1 << (c - 'a');
            groups[mask].push_back(w);
        }
        vector<vector<string>> res;
        for (auto& [k, g] : groups) res.push_back(g);
        return res;
    }
};
