// Brute force from every start, stopping at the first repeat: at most 96 steps per start
// (only 95 distinct characters exist), so O(95 n) fits easily.
class Solution {
public:
    int lengthOfLongestSubstring(string& s) {
        int n = s.size(), best = 0;
        for (int i = 0; i < n; ++i) {
            bool seen[128] = {};
            int j = i;
            while (j < n && !seen[(int)s[j]]) seen[(int)s[j++]] = true;
            best = max(best, j - i);
        }
        return best;
    }
};
