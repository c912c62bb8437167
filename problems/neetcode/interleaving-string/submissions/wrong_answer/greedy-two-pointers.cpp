// Classic mistake: greedy two pointers - takes from s1 whenever its letter matches, never trying s2 instead.
class Solution {
public:
    bool isInterleave(string s1, string s2, string s3) {
        if (s1.size() + s2.size() != s3.size()) return false;
        size_t i = 0, j = 0;
        for (char ch : s3) {
            if (i < s1.size() && s1[i] == ch) ++i;
            else if (j < s2.size() && s2[j] == ch) ++j;
            else return false;
        }
        return true;
    }
};
