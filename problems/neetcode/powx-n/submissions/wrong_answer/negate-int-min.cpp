// Classic mistake: makes the exponent positive in an int. For n = -2^31 the
// negated value does not fit, so n stays negative and the loop multiplies
// nothing (the narrowing is written out so the result is defined, not UB).
class Solution {
public:
    double myPow(double x, int n) {
        if (n < 0) {
            x = 1 / x;
            n = static_cast<int>(-static_cast<long long>(n));
        }
        double result = 1;
        for (; n > 0; n /= 2) {
            if (n % 2) result *= x;
            x *= x;
        }
        return result;
    }
};
