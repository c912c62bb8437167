// Classic mistake: starts the sequence at 0, 1 and so returns Fibonacci(n) instead of Fibonacci(n + 1).
class Solution {
public:
    int climbStairs(int n) {
        int a = 0, b = 1;
        for (int i = 1; i < n; ++i) {
            int c = a + b;
            a = b;
            b = c;
        }
        return b;
    }
};
