// Classic mistake: consumes the letters of t from s's counts but never checks the lengths, so leftovers in s go unnoticed.
class Solution {
public:
    bool isAnagram(string s, string t) {
        int cnt[26] = {0};
        for (char c : s) ++cnt[c - 'a'];
        for (char c : t) {
            if (cnt[c - 'a'] == 0) return false;
            --cnt[c - 'a'];
        }
        return true;
    }
};
