// Classic mistake: checks that s1 and s2 are each a subsequence of s3, but the two may claim the same letters.
class Solution {
    static bool isSub(const string& p, const string& s) {
        size_t k = 0;
        for (char ch : s) if (k < p.size() && p[k] == ch) ++k;
        return k == p.size();
    }
public:
    bool isInterleave(string s1, string s2, string s3) {
        if (s1.size() + s2.size() != s3.size()) return false;
        return isSub(s1, s3) && isSub(s2, s3);
    }
};
