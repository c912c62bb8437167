class Solution {
public:
    int climbStairs(int n) {
        // ways(i) = ways(i-1) + ways(i-2); keep the last two values only.
        int prev = 1, cur = 1;  // ways(0), ways(1)
        for (int i = 2; i <= n; ++i) {
            int next = prev + cur;
            prev = cur;
            cur = next;
        }
        return cur;
    }
};
