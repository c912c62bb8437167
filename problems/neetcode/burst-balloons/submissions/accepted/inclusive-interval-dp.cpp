// Bottom-up over inclusive ranges [i, j] of the original array, walking i downwards;
// the neighbours of the last balloon are nums[i-1] and nums[j+1] (1 past the ends).
class Solution {
public:
    int maxCoins(vector<int>& nums) {
        int n = nums.size();
        auto at = [&](int i) { return i < 0 || i >= n ? 1 : nums[i]; };
        vector<vector<int>> dp(n + 1, vector<int>(n + 1, 0));  // dp[i][j+1] for range [i, j]
        for (int i = n - 1; i >= 0; --i)
            for (int j = i; j < n; ++j) {
                int best = 0, outside = at(i - 1) * at(j + 1);
                for (int k = i; k <= j; ++k)
                    best = max(best, dp[i][k] + dp[k + 1][j + 1] + outside * nums[k]);
                dp[i][j + 1] = best;
            }
        return dp[0][n];
    }
};
