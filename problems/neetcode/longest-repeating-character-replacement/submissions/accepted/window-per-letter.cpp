// For each target letter, the longest window with at most k other letters: O(26 n).
class Solution {
public:
    int characterReplacement(string s, int k) {
        int n = s.size(), best = 0;
        for (char c = 'A'; c <= 'Z'; ++c) {
            int left = 0, others = 0;
            for (int r = 0; r < n; ++r) {
                others += s[r] != c;
                while (others > k) others -= s[left++] != c;
                best = max(best, r - left + 1);
            }
        }
        return best;
    }
};
