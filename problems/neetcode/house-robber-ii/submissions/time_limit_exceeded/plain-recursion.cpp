// Brute force: the straight-row recursion without a memo, run on both ranges; exponential at n = 100.
class Solution {
    int best(const vector<int>& nums, int i, int end) {
        if (i > end) return 0;
        return max(best(nums, i + 1, end), nums[i] + best(nums, i + 2, end));
    }
public:
    int rob(vector<int>& nums) {
        int n = nums.size();
        if (n == 1) return nums[0];
        return max(best(nums, 0, n - 2), best(nums, 1, n - 1));
    }
};
