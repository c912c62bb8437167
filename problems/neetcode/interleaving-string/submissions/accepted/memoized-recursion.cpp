// Top-down on (i, j) = characters used from s1 and s2, with a memo of failed states.
class Solution {
    string a, b, c;
    vector<vector<char>> bad;
    bool go(int i, int j) {
        if (i == (int)a.size() && j == (int)b.size()) return true;
        if (bad[i][j]) return false;
        char want = c[i + j];
        if (i < (int)a.size() && a[i] == want && go(i + 1, j)) return true;
        if (j < (int)b.size() && b[j] == want && go(i, j + 1)) return true;
        bad[i][j] = 1;
        return false;
    }
public:
    bool isInterleave(string s1, string s2, string s3) {
        if (s1.size() + s2.size() != s3.size()) return false;
        a = s1, b = s2, c = s3;
        bad.assign(a.size() + 1, vector<char>(b.size() + 1, 0));
        return go(0, 0);
    }
};
