// Classic mistake: cuts as soon as the piece since the last cut is a word (shortest match
// first) and never reconsiders that cut.
class Solution {
public:
    bool wordBreak(string s, vector<string>& wordDict) {
        unordered_set<string> words(wordDict.begin(), wordDict.end());
        int cut = 0;
        for (int i = 1; i <= (int)s.size(); ++i)
            if (words.count(s.substr(cut, i - cut))) cut = i;
        return cut == (int)s.size();
    }
};
