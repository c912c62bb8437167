// Brute force: tries s1 then s2 at every position without a memo; exponential when a mismatch shows up late.
class Solution {
    string a, b, c;
    bool go(int i, int j) {
        if (i == (int)a.size() && j == (int)b.size()) return true;
        char want = c[i + j];
        if (i < (int)a.size() && a[i] == want && go(i + 1, j)) return true;
        if (j < (int)b.size() && b[j] == want && go(i, j + 1)) return true;
        return false;
    }
public:
    bool isInterleave(string s1, string s2, string s3) {
        if (s1.size() + s2.size() != s3.size()) return false;
        a = s1, b = s2, c = s3;
        return go(0, 0);
    }
};
