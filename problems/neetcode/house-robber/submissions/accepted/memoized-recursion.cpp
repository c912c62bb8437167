// Top-down: best(i) = max(best(i + 1), nums[i] + best(i + 2)), memoized.
class Solution {
    vector<int> memo;
    int best(const vector<int>& nums, int i) {
        if (i >= (int)nums.size()) return 0;
        if (memo[i] >= 0) return memo[i];
        return memo[i] = max(best(nums, i + 1), nums[i] + best(nums, i + 2));
    }
public:
    int rob(vector<int>& nums) {
        memo.assign(nums.size(), -1);
        return best(nums, 0);
    }
};
