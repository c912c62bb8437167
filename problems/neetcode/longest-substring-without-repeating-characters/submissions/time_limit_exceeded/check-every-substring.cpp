// Brute force: checks every substring s[i..j] for repeats from scratch; ~1.25*10^9
// substrings at n = 5*10^4, each check up to 96 steps.
class Solution {
public:
    bool allUnique(const string& s, int i, int j) {
        bool seen[128] = {};
        for (int k = i; k <= j; ++k) {
            if (seen[(int)s[k]]) return false;
            seen[(int)s[k]] = true;
        }
        return true;
    }
    int lengthOfLongestSubstring(string& s) {
        int n = s.size(), best = 0;
        for (int i = 0; i < n; ++i)
            for (int j = i; j < n; ++j)
                if (allUnique(s, i, j)) best = max(best, j - i + 1);
        return best;
    }
};
