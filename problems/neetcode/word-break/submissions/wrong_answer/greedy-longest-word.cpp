// Classic mistake: at each position takes the longest dictionary word that fits and never
// backtracks ("goals" + "pecial" fails where "goal" + "special" works).
class Solution {
public:
    bool wordBreak(string s, vector<string>& wordDict) {
        size_t i = 0;
        while (i < s.size()) {
            size_t best = 0;
            for (const string& w : wordDict)
                if (w.size() > best && s.compare(i, w.size(), w) == 0 && i + w.size() <= s.size())
                    best = w.size();
            if (best == 0) return false;
            i += best;
        }
        return true;
    }
};
