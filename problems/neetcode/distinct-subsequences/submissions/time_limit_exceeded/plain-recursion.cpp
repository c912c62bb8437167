// Brute force: skip or use each character of s, without a memo - exponential.
class Solution {
    string s, t;
    long long ways(int i, int j) {
        if (j == (int)t.size()) return 1;
        if (i == (int)s.size()) return 0;
        long long r = ways(i + 1, j);
        if (s[i] == t[j]) r += ways(i + 1, j + 1);
        return r;
    }
public:
    int numDistinct(string s_, string t_) {
        s = s_, t = t_;
        return (int)ways(0, 0);
    }
};
