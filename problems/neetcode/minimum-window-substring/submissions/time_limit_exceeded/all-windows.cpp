// Brute force: from every start, extend the end one letter at a time and test whether the window covers t: O(m^2 * 52).
class Solution {
public:
    string minWindow(string s, string t) {
        int need[128] = {0};
        for (char c : t) need[(unsigned char)c]++;
        int m = s.size(), bestL = 0, bestLen = INT_MAX;
        for (int i = 0; i < m; ++i) {
            int have[128] = {0};
            for (int j = i; j < m; ++j) {
                have[(unsigned char)s[j]]++;
                bool covers = true;
                for (int c = 'A'; c <= 'z'; ++c)
                    if (have[c] < need[c]) { covers = false; break; }
                if (covers) {
                    if (j - i + 1 < bestLen) bestLen = j - i + 1, bestL = i;
                    break;
                }
            }
        }
        return bestLen == INT_MAX ? "" : s.substr(bestL, bestLen);
    }
};
