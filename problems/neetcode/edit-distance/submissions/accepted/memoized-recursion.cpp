// Top-down on suffixes (i, j) with a memo table.
class Solution {
    string a, b;
    vector<vector<int>> memo;
    int go(int i, int j) {
        if (i == (int)a.size()) return (int)b.size() - j;
        if (j == (int)b.size()) return (int)a.size() - i;
        int& r = memo[i][j];
        if (r >= 0) return r;
        if (a[i] == b[j]) return r = go(i + 1, j + 1);
        return r = 1 + min({go(i + 1, j + 1), go(i + 1, j), go(i, j + 1)});
    }
public:
    int minDistance(string word1, string word2) {
        a = word1, b = word2;
        memo.assign(a.size(), vector<int>(b.size(), -1));
        return go(0, 0);
    }
};
