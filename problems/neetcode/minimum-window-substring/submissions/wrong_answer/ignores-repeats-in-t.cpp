// Classic mistake: treats t as a set of letters, so a letter needed twice is only required once.
class Solution {
public:
    string minWindow(string s, string t) {
        bool want[128] = {false};
        int required = 0;
        for (char c : t) if (!want[(unsigned char)c]) want[(unsigned char)c] = true, ++required;
        int have[128] = {0}, formed = 0, bestL = -1, bestLen = 0;
        for (int l = 0, r = 0; r < (int)s.size(); ++r) {
            unsigned char c = s[r];
            if (want[c] && ++have[c] == 1) ++formed;
            while (formed == required) {
                if (bestL < 0 || r - l + 1 < bestLen) bestL = l, bestLen = r - l + 1;
                unsigned char d = s[l++];
                if (want[d] && --have[d] == 0) --formed;
            }
        }
        return bestL < 0 ? "" : s.substr(bestL, bestLen);
    }
};
