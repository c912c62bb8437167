class Solution {
public:
    int characterReplacement(string s, int k) {
        // Sliding window; maxf is the best letter count seen, which never needs to decrease:
        // the window only has to grow when a larger count appears.
        int cnt[26] = {}, left = 0, maxf = 0, best = 0;
        for (int r = 0; r < (int)s.size(); ++r) {
            maxf = max(maxf, ++cnt[s[r] - 'A']);
            if (r - left + 1 - maxf > k) --cnt[s[left++] - 'A'];
            best = max(best, r - left + 1);
        }
        return best;
    }
};
