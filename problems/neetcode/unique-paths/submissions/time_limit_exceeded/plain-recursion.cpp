// Brute force: walks from the top-left corner, right or down, with no memo; a step off the
// grid counts 0 paths and reaching the bottom-right corner counts 1. The calls outnumber the
// paths (up to 2*10^9).
class Solution {
    int m, n;
    int walk(int r, int c) {
        if (r >= m || c >= n) return 0;
        if (r == m - 1 && c == n - 1) return 1;
        return walk(r + 1, c) + walk(r, c + 1);
    }
public:
    int uniquePaths(int m, int n) {
        this->m = m, this->n = n;
        return walk(0, 0);
    }
};
