// Classic mistake: counts letters in a 26-slot array after lower-casing, so 'a' and 'A' are treated as the same letter.
class Solution {
public:
    string minWindow(string s, string t) {
        int need[26] = {0};
        for (char c : t) need[tolower(c) - 'a']++;
        int missing = t.size(), bestL = 0, bestLen = INT_MAX;
        for (int l = 0, r = 0; r < (int)s.size(); ++r) {
            if (need[tolower(s[r]) - 'a']-- > 0) --missing;
            if (missing) continue;
            while (need[tolower(s[l]) - 'a'] < 0) need[tolower(s[l++]) - 'a']++;
            if (r - l + 1 < bestLen) bestLen = r - l + 1, bestL = l;
        }
        return bestLen == INT_MAX ? "" : s.substr(bestL, bestLen);
    }
};
