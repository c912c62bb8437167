// Closed form: the answer is Fibonacci(n + 1) = round(phi^(n+1) / sqrt(5)), exact in double for n <= 45.
class Solution {
public:
    int climbStairs(int n) {
        double s5 = sqrt(5.0), phi = (1 + s5) / 2;
        return (int)llround(pow(phi, n + 1) / s5);
    }
};
