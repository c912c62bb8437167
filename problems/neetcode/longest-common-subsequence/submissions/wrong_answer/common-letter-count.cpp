// Classic mistake: counts the letters both strings share (with multiplicity), ignoring order.
class Solution {
public:
    int longestCommonSubsequence(string text1, string text2) {
        int c1[26] = {}, c2[26] = {}, total = 0;
        for (char ch : text1) c1[ch - 'a']++;
        for (char ch : text2) c2[ch - 'a']++;
        for (int c = 0; c < 26; ++c) total += min(c1[c], c2[c]);
        return total;
    }
};
