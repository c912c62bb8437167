// Classic mistake: the best length starts at s.size() and only strictly shorter windows count, so a window spanning all of s is never returned.
class Solution {
public:
    string minWindow(string s, string t) {
        int need[128] = {0};
        for (char c : t) need[(unsigned char)c]++;
        int missing = t.size(), bestL = 0, bestLen = s.size();
        bool found = false;
        for (int l = 0, r = 0; r < (int)s.size(); ++r) {
            if (need[(unsigned char)s[r]]-- > 0) --missing;
            if (missing) continue;
            while (need[(unsigned char)s[l]] < 0) need[(unsigned char)s[l++]]++;
            if (r - l + 1 < bestLen) bestLen = r - l + 1, bestL = l, found = true;
        }
        return found ? s.substr(bestL, bestLen) : "";
    }
};
