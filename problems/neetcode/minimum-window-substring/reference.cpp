class Solution {
public:
    string minWindow(string s, string t) {
        // need[c] = how many more c the window still lacks (negative: surplus).
        int need[128] = {0};
        for (char c : t) need[(unsigned char)c]++;
        int missing = t.size(), bestL = 0, bestLen = INT_MAX;
        for (int l = 0, r = 0; r < (int)s.size(); ++r) {
            if (need[(unsigned char)s[r]]-- > 0) --missing;
            if (missing) continue;
            // Drop surplus letters on the left; the window stays valid.
            while (need[(unsigned char)s[l]] < 0) need[(unsigned char)s[l++]]++;
            if (r - l + 1 < bestLen) bestLen = r - l + 1, bestL = l;
        }
        return bestLen == INT_MAX ? "" : s.substr(bestL, bestLen);
    }
};
