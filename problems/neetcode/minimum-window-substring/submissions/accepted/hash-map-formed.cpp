// Sliding window with hash maps, counting how many distinct letters of t are satisfied.
class Solution {
public:
    string minWindow(string s, string t) {
        unordered_map<char, int> need, have;
        for (char c : t) need[c]++;
        int required = need.size(), formed = 0;
        int bestL = -1, bestLen = 0;
        for (int l = 0, r = 0; r < (int)s.size(); ++r) {
            char c = s[r];
            if (need.count(c) && ++have[c] == need[c]) ++formed;
            while (formed == required) {
                if (bestL < 0 || r - l + 1 < bestLen) bestL = l, bestLen = r - l + 1;
                char d = s[l++];
                if (need.count(d) && have[d]-- == need[d]) --formed;
            }
        }
        return bestL < 0 ? "" : s.substr(bestL, bestLen);
    }
};
