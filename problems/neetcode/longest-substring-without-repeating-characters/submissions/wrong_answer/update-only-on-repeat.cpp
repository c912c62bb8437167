// Classic mistake: records the window length only when a repeat ends it, and forgets the
// window that is still open at the end of the string.
class Solution {
public:
    int lengthOfLongestSubstring(string& s) {
        vector<int> last(256, -1);
        int left = 0, best = 0;
        for (int r = 0; r < (int)s.size(); ++r) {
            unsigned char c = s[r];
            if (last[c] >= left) {
                best = max(best, r - left);
                left = last[c] + 1;
            }
            last[c] = r;
        }
        return best;
    }
};
