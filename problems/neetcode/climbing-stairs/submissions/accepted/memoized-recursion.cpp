// Top-down recursion with a memo table: each n is solved once.
class Solution {
    int memo[46] = {};
    int ways(int n) {
        if (n <= 1) return 1;
        if (memo[n]) return memo[n];
        return memo[n] = ways(n - 1) + ways(n - 2);
    }
public:
    int climbStairs(int n) {
        return ways(n);
    }
};
