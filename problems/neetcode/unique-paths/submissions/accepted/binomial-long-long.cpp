// C(m + n - 2, k) with k = min(m, n) - 1, multiplied and divided step by step in long long:
// after step i the value is C(m + n - 2 - k + i, i), an exact integer.
class Solution {
public:
    int uniquePaths(int m, int n) {
        int N = m + n - 2, k = min(m, n) - 1;
        long long r = 1;
        for (int i = 1; i <= k; ++i) r = r * (N - k + i) / i;
        return (int)r;
    }
};
