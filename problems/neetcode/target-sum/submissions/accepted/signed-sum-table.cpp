// DP over every reachable signed sum, shifted by the total so indices stay non-negative.
class Solution {
public:
    int findTargetSumWays(vector<int>& nums, int target) {
        int sum = accumulate(nums.begin(), nums.end(), 0);
        if (abs(target) > sum) return 0;
        vector<int> cur(2 * sum + 1, 0), next(2 * sum + 1);
        cur[sum] = 1;  // signed sum 0
        for (int x : nums) {
            fill(next.begin(), next.end(), 0);
            for (int s = 0; s <= 2 * sum; ++s) {
                if (!cur[s]) continue;
                next[s + x] += cur[s];
                next[s - x] += cur[s];
            }
            swap(cur, next);
        }
        return cur[target + sum];
    }
};
