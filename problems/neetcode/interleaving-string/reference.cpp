class Solution {
public:
    bool isInterleave(string s1, string s2, string s3) {
        int n = s1.size(), m = s2.size();
        if (n + m != (int)s3.size()) return false;
        // ok[j]: the first i characters of s1 and j of s2 can form s3's first i + j (row i, rolled).
        vector<char> ok(m + 1, 0);
        for (int i = 0; i <= n; ++i)
            for (int j = 0; j <= m; ++j) {
                if (i == 0 && j == 0) { ok[j] = 1; continue; }
                bool fromS1 = i > 0 && ok[j] && s1[i - 1] == s3[i + j - 1];
                bool fromS2 = j > 0 && ok[j - 1] && s2[j - 1] == s3[i + j - 1];
                ok[j] = fromS1 || fromS2;
            }
        return ok[m];
    }
};
