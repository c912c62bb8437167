class Solution {
public:
    bool checkInclusion(string s1, string s2) {
        // Fixed-length window over s2; `diff` counts letters whose window count
        // differs from their count in s1, so each step costs O(1).
        int m = s1.size(), n = s2.size();
        if (m > n) return false;
        int need[26] = {0};
        for (char c : s1) need[c - 'a']++;
        int diff = 0;
        for (int x : need) diff += x != 0;
        auto add = [&](int c, int d) {
            if (need[c] == 0) diff++;
            need[c] -= d;
            if (need[c] == 0) diff--;
        };
        for (int i = 0; i < n; ++i) {
            add(s2[i] - 'a', 1);
            if (i >= m) add(s2[i - m] - 'a', -1);
            if (i >= m - 1 && diff == 0) return true;
        }
        return false;
    }
};
