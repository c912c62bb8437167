// Classic mistake: compares letter counts only, ignoring the order the letters must keep.
class Solution {
public:
    bool isInterleave(string s1, string s2, string s3) {
        if (s1.size() + s2.size() != s3.size()) return false;
        int cnt[26] = {};
        for (char ch : s1) cnt[ch - 'a']++;
        for (char ch : s2) cnt[ch - 'a']++;
        for (char ch : s3) cnt[ch - 'a']--;
        for (int x : cnt) if (x) return false;
        return true;
    }
};
