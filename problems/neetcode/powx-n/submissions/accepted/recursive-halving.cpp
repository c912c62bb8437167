// Recursive fast power on a 64-bit exponent: x^e = (x^(e/2))^2 * (x if e is odd).
class Solution {
    double power(double x, long long e) {
        if (e == 0) return 1;
        double half = power(x, e / 2);
        return e % 2 ? half * half * x : half * half;
    }

public:
    double myPow(double x, int n) {
        long long e = n;
        return e < 0 ? 1 / power(x, -e) : power(x, e);
    }
};
