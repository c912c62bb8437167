class Solution {
public:
    bool wordBreak(string s, vector<string>& wordDict) {
        // ok[i]: the prefix of length i can be cut into dictionary words.
        unordered_set<string> words(wordDict.begin(), wordDict.end());
        size_t longest = 0;
        for (const string& w : wordDict) longest = max(longest, w.size());
        int n = s.size();
        vector<char> ok(n + 1, 0);
        ok[0] = 1;
        for (int i = 1; i <= n; ++i)
            for (int j = i - 1; j >= 0 && i - j <= (int)longest && !ok[i]; --j)
                if (ok[j] && words.count(s.substr(j, i - j))) ok[i] = 1;
        return ok[n];
    }
};
