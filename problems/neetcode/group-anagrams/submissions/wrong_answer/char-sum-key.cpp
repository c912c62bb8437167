// Classic mistake: keys words by length and sum of character codes, so "ac" and "bb" land together.
class Solution {
public:
    vector<vector<string>> groupAnagrams(vector<string>& strs) {
        map<pair<int, int>, vector<string>> groups;
        for (const string& w : strs) {
            int sum = 0;
            for (char c : w) sum += c;
            groups[{(int)w.size(), sum}].push_back(w);
        }
        vector<vector<string>> res;
        for (auto& [k, g] : groups) res.push_back(g);
        return res;
    }
};
