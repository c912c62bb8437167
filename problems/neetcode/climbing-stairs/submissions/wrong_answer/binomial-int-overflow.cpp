// Classic mistake: sums C(n - k, k) over the number k of double steps, but builds each binomial in
// 32 bits, so the intermediate product res * (m - i) overflows for large n.
class Solution {
public:
    int climbStairs(int n) {
        int total = 0;
        for (int k = 0; 2 * k <= n; ++k) {
            int m = n - k, res = 1;
            // (int) of the 64-bit product wraps exactly as the 32-bit multiplication would.
            for (int i = 0; i < k; ++i) res = (int)((long long)res * (m - i)) / (i + 1);
            total += res;
        }
        return total;
    }
};
