// Classic mistake: no check that |s1| + |s2| == |s3|, so s3 with extra letters after a valid interleaving passes.
class Solution {
    string a, b, c;
    vector<vector<char>> bad;
    bool go(int i, int j) {
        if (i == (int)a.size() && j == (int)b.size()) return true;
        if (bad[i][j]) return false;
        int k = i + j;
        if (k < (int)c.size()) {
            if (i < (int)a.size() && a[i] == c[k] && go(i + 1, j)) return true;
            if (j < (int)b.size() && b[j] == c[k] && go(i, j + 1)) return true;
        }
        bad[i][j] = 1;
        return false;
    }
public:
    bool isInterleave(string s1, string s2, string s3) {
        a = s1, b = s2, c = s3;
        bad.assign(a.size() + 1, vector<char>(b.size() + 1, 0));
        return go(0, 0);
    }
};
