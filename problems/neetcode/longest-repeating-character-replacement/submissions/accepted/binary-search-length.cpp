// Binary search on the answer: a window of length L works if some window of that length
// has a letter count >= L - k (checked with a fixed-size sliding window).
class Solution {
public:
    bool fits(const string& s, int k, int len) {
        int cnt[26] = {};
        for (int r = 0; r < (int)s.size(); ++r) {
            ++cnt[s[r] - 'A'];
            if (r >= len) --cnt[s[r - len] - 'A'];
            if (r >= len - 1 && len - *max_element(cnt, cnt + 26) <= k) return true;
        }
        return false;
    }
    int characterReplacement(string s, int k) {
        int lo = 1, hi = s.size();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (fits(s, k, mid)) lo = mid; else hi = mid - 1;
        }
        return lo;
    }
};
