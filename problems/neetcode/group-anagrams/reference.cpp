class Solution {
public:
    vector<vector<string>> groupAnagrams(vector<string>& strs) {
        // Key = the word's letters in sorted order; anagrams share the key.
        unordered_map<string, int> groupOf;
        vector<vector<string>> groups;
        for (const string& w : strs) {
            string key = w;
            sort(key.begin(), key.end());
            auto [it, fresh] = groupOf.emplace(key, (int)groups.size());
            if (fresh) groups.emplace_back();
            groups[it->second].push_back(w);
        }
        return groups;
    }
};
