// Classic mistake: deletes every occurrence of each dictionary word from s and checks that
// nothing is left; deleting can glue unrelated letters into new words, and the order matters.
class Solution {
public:
    bool wordBreak(string s, vector<string>& wordDict) {
        for (const string& w : wordDict) {
            size_t pos;
            while ((pos = s.find(w)) != string::npos) s.erase(pos, w.size());
        }
        return s.empty();
    }
};
