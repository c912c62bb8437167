// Binary search on the window length; each length is tested with a fixed-size sliding window: O(52 m log m).
class Solution {
    int need[128], have[128];
    // Start of a window of length len covering t, or -1.
    int findWindow(const string& s, int len) {
        memset(have, 0, sizeof have);
        for (int r = 0; r < (int)s.size(); ++r) {
            have[(unsigned char)s[r]]++;
            if (r >= len) have[(unsigned char)s[r - len]]--;
            if (r >= len - 1) {
                bool ok = true;
                for (int c = 'A'; c <= 'z' && ok; ++c) ok = have[c] >= need[c];
                if (ok) return r - len + 1;
            }
        }
        return -1;
    }
public:
    string minWindow(string s, string t) {
        memset(need, 0, sizeof need);
        for (char c : t) need[(unsigned char)c]++;
        int lo = t.size(), hi = s.size();
        if (lo > hi || findWindow(s, hi) < 0) return "";
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (findWindow(s, mid) >= 0) hi = mid; else lo = mid + 1;
        }
        return s.substr(findWindow(s, lo), lo);
    }
};
