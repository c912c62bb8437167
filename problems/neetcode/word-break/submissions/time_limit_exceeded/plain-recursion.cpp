// Brute force: tries every word at every position without remembering failed positions;
// "aaa...ab" with words a, aa, aaa, ... explores exponentially many cuts.
class Solution {
    bool solve(const string& s, size_t i, const vector<string>& dict) {
        if (i == s.size()) return true;
        for (const string& w : dict)
            if (i + w.size() <= s.size() && s.compare(i, w.size(), w) == 0 && solve(s, i + w.size(), dict))
                return true;
        return false;
    }
public:
    bool wordBreak(string s, vector<string>& wordDict) {
        return solve(s, 0, wordDict);
    }
};
