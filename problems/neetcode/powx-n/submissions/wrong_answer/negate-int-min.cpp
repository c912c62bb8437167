// Classic mistake: handles n < 0 as 1 / myPow(x, -n) in int; for n = -2^31 the negation overflows.
class Solution {
public:
    double myPow(double x, int n) {
        if (n == 0) return 1;
        if (n < 0) return 1 / myPow(x, -n);
        double half = myPow(x, n / 2);
        return n % 2 ? half * half * x : half * half;
    }
};
