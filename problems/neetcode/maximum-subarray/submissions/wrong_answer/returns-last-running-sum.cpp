// Classic mistake: returns the best sum ending at the last element, not the best over all positions.
class Solution {
public:
    int maxSubArray(vector<int>& nums) {
        int here = nums[0];
        for (size_t i = 1; i < nums.size(); ++i) here = max(nums[i], here + nums[i]);
        return here;
    }
};
