// Iterative square-and-multiply on the unsigned magnitude of n (0u - n is well defined for -2^31).
class Solution {
public:
    double myPow(double x, int n) {
        unsigned int m = n < 0 ? 0u - (unsigned int)n : (unsigned int)n;
        double result = 1, base = x;
        while (m) {
            if (m & 1u) result *= base;
            base *= base;
            m >>= 1;
        }
        return n < 0 ? 1 / result : result;
    }
};
