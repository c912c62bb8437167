// Classic mistake: the binomial C(m + n - 2, m - 1) built step by step in int; the product
// before each division overflows once the answer is large.
class Solution {
public:
    int uniquePaths(int m, int n) {
        int N = m + n - 2, k = m - 1;
        int r = 1;
        for (int i = 1; i <= k; ++i) r = r * (N - k + i) / i;
        return r;
    }
};
