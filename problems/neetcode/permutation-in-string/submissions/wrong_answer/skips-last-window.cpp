// Classic mistake: off-by-one in the window loop, so the window ending at the last letter is never checked.
class Solution {
public:
    bool checkInclusion(string s1, string s2) {
        int m = s1.size(), n = s2.size();
        if (m > n) return false;
        array<int, 26> a{}, b{};
        for (char c : s1) a[c - 'a']++;
        for (int i = 0; i < m; ++i) b[s2[i] - 'a']++;
        for (int i = m; i < n; ++i) {
            if (a == b) return true;
            b[s2[i] - 'a']++;
            b[s2[i - m] - 'a']--;
        }
        return false;
    }
};
