// Brute force: the three-way recursion without a memo - exponential when the letters keep differing.
class Solution {
    string a, b;
    int go(int i, int j) {
        if (i == (int)a.size()) return (int)b.size() - j;
        if (j == (int)b.size()) return (int)a.size() - i;
        if (a[i] == b[j]) return go(i + 1, j + 1);
        return 1 + min({go(i + 1, j + 1), go(i + 1, j), go(i, j + 1)});
    }
public:
    int minDistance(string word1, string word2) {
        a = word1, b = word2;
        return go(0, 0);
    }
};
