// Classic mistake: walks text1 and matches each letter to its next occurrence in text2,
// never skipping a letter of text1 that would be better left unmatched.
class Solution {
public:
    int longestCommonSubsequence(string text1, string text2) {
        size_t pos = 0;
        int len = 0;
        for (char ch : text1) {
            size_t k = text2.find(ch, pos);
            if (k == string::npos) continue;
            ++len;
            pos = k + 1;
        }
        return len;
    }
};
