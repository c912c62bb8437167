// Top-down: can the suffix starting at i be cut? Each start position is solved once.
class Solution {
    vector<int> memo;  // -1 unknown, 0 no, 1 yes
    bool solve(const string& s, int i, const vector<string>& dict) {
        if (i == (int)s.size()) return true;
        if (memo[i] >= 0) return memo[i];
        for (const string& w : dict)
            if (s.compare(i, w.size(), w) == 0 && i + w.size() <= s.size() && solve(s, i + w.size(), dict))
                return memo[i] = 1;
        return memo[i] = 0;
    }
public:
    bool wordBreak(string s, vector<string>& wordDict) {
        memo.assign(s.size(), -1);
        return solve(s, 0, wordDict);
    }
};
