// Classic mistake: splits on the balloon popped first, as if the two sides were independent
// afterwards (they are not: popping k makes its neighbours adjacent).
class Solution {
public:
    int maxCoins(vector<int>& nums) {
        int n = nums.size();
        vector<int> a(n + 2, 1);
        for (int i = 0; i < n; ++i) a[i + 1] = nums[i];
        vector<vector<int>> dp(n + 2, vector<int>(n + 2, 0));  // dp[i][j], 1 <= i <= j <= n
        for (int len = 1; len <= n; ++len)
            for (int i = 1; i + len - 1 <= n; ++i) {
                int j = i + len - 1, best = 0;
                for (int k = i; k <= j; ++k) {
                    int left = k > i ? dp[i][k - 1] : 0, right = k < j ? dp[k + 1][j] : 0;
                    best = max(best, a[k - 1] * a[k] * a[k + 1] + left + right);
                }
                dp[i][j] = best;
            }
        return dp[1][n];
    }
};
