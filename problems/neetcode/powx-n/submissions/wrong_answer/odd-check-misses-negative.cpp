// Classic mistake: tests oddness with n % 2 == 1, which is false for negative odd n (-3 % 2 == -1).
class Solution {
public:
    double myPow(double x, int n) {
        if (n == 0) return 1;
        double half = myPow(x, n / 2);
        if (n % 2 == 1) return half * half * x;
        return half * half;
    }
};
