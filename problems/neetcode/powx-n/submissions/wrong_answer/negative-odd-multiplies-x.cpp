// Classic mistake: recursing on n / 2 with negative n, the odd case multiplies by x instead of dividing by it.
class Solution {
public:
    double myPow(double x, int n) {
        if (n == 0) return 1;
        double half = myPow(x, n / 2);
        if (n % 2 != 0) return half * half * x;
        return half * half;
    }
};
