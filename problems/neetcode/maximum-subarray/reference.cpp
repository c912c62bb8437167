class Solution {
public:
    int maxSubArray(vector<int>& nums) {
        // Kadane: here = best sum of a subarray ending at the current element.
        int best = nums[0], here = nums[0];
        for (size_t i = 1; i < nums.size(); ++i) {
            here = max(nums[i], here + nums[i]);
            best = max(best, here);
        }
        return best;
    }
};
