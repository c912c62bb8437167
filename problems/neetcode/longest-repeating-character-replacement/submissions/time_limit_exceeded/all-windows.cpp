// Brute force: every window s[i..j] with incremental letter counts, O(n^2) = 5*10^9 windows
// at n = 10^5.
class Solution {
public:
    int characterReplacement(string s, int k) {
        int n = s.size(), best = 0;
        for (int i = 0; i < n; ++i) {
            int cnt[26] = {}, maxf = 0;
            for (int j = i; j < n; ++j) {
                maxf = max(maxf, ++cnt[s[j] - 'A']);
                if (j - i + 1 - maxf <= k) best = max(best, j - i + 1);
            }
        }
        return best;
    }
};
