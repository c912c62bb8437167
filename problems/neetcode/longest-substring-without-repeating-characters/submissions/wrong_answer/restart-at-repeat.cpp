// Classic mistake: on a repeat, throws the whole window away and restarts at the current
// character, instead of just past the earlier copy ("dvdf" gives 2).
class Solution {
public:
    int lengthOfLongestSubstring(string& s) {
        unordered_set<char> window;
        int best = 0;
        for (char c : s) {
            if (window.count(c)) window.clear();
            window.insert(c);
            best = max(best, (int)window.size());
        }
        return best;
    }
};
