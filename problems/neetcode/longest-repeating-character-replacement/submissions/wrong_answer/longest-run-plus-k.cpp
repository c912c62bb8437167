// Classic mistake: extends the longest run of equal letters by k, ignoring that replacements
// can join two runs of the same letter.
class Solution {
public:
    int characterReplacement(string s, int k) {
        int n = s.size(), run = 0, longest = 0;
        for (int i = 0; i < n; ++i) {
            run = (i > 0 && s[i] == s[i - 1]) ? run + 1 : 1;
            longest = max(longest, run);
        }
        return min(n, longest + k);
    }
};
