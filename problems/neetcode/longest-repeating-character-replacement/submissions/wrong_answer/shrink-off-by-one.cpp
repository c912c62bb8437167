// Classic mistake: shrinks when the window needs k changes (>= k) instead of more than k,
// so it never uses the last allowed replacement.
class Solution {
public:
    int characterReplacement(string s, int k) {
        int cnt[26] = {}, left = 0, maxf = 0, best = 0;
        for (int r = 0; r < (int)s.size(); ++r) {
            maxf = max(maxf, ++cnt[s[r] - 'A']);
            if (r - left + 1 - maxf >= k) --cnt[s[left++] - 'A'];
            best = max(best, r - left + 1);
        }
        return best;
    }
};
