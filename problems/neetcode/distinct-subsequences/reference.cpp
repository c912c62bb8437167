class Solution {
public:
    int numDistinct(string s, string t) {
        // ways[j] = ways to pick t[0..j) out of the prefix of s read so far. Unsigned arithmetic: counts
        // for prefixes of t can grow past any integer type, but wrap modulo 2^32 is well defined and
        // the final count, which fits in an int, comes out exact.
        int m = t.size();
        vector<unsigned> ways(m + 1, 0);
        ways[0] = 1;
        for (char c : s)
            for (int j = m; j >= 1; --j)   // downwards: this character of s is used at most once
                if (t[j - 1] == c) ways[j] += ways[j - 1];
        return (int)ways[m];
    }
};
