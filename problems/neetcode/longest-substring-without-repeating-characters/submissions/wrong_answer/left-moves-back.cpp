// Classic mistake: jumps the left end to last[c] + 1 even when that occurrence is already
// outside the window, so the left end can move backwards ("abba" gives 3).
class Solution {
public:
    int lengthOfLongestSubstring(string& s) {
        unordered_map<char, int> last;
        int left = 0, best = 0;
        for (int r = 0; r < (int)s.size(); ++r) {
            if (last.count(s[r])) left = last[s[r]] + 1;
            last[s[r]] = r;
            best = max(best, r - left + 1);
        }
        return best;
    }
};
