// Classic mistake: the one-row DP runs j upwards, so one character of s can match several positions of t.
class Solution {
public:
    int numDistinct(string s, string t) {
        int m = t.size();
        vector<unsigned> ways(m + 1, 0);
        ways[0] = 1;
        for (char c : s)
            for (int j = 1; j <= m; ++j)
                if (t[j - 1] == c) ways[j] += ways[j - 1];
        return (int)ways[m];
    }
};
