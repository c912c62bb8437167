// Brute force: from step i try a 1-step and a 2-step move without a memo; about 5.9*10^9 calls at n = 45.
class Solution {
    int dfs(int i, int n) {
        if (i >= n) return i == n;
        return dfs(i + 1, n) + dfs(i + 2, n);
    }
public:
    int climbStairs(int n) {
        return dfs(0, n);
    }
};
