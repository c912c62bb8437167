// Classic mistake: only checks that s2 holds enough of every letter of s1, ignoring contiguity.
class Solution {
public:
    bool checkInclusion(string s1, string s2) {
        int cnt[26] = {0};
        for (char c : s2) cnt[c - 'a']++;
        for (char c : s1)
            if (--cnt[c - 'a'] < 0) return false;
        return true;
    }
};
