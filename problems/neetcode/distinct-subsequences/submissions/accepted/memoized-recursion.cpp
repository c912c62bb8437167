// Top-down on suffixes (i, j) with a memo; unsigned counts wrap instead of overflowing.
class Solution {
    string s, t;
    vector<vector<unsigned>> memo;
    vector<vector<char>> done;
    unsigned ways(int i, int j) {
        if (j == (int)t.size()) return 1;
        if ((int)s.size() - i < (int)t.size() - j) return 0;
        if (done[i][j]) return memo[i][j];
        unsigned r = ways(i + 1, j);
        if (s[i] == t[j]) r += ways(i + 1, j + 1);
        done[i][j] = 1;
        return memo[i][j] = r;
    }
public:
    int numDistinct(string s_, string t_) {
        s = s_, t = t_;
        memo.assign(s.size(), vector<unsigned>(t.size(), 0));
        done.assign(s.size(), vector<char>(t.size(), 0));
        return (int)ways(0, 0);
    }
};
