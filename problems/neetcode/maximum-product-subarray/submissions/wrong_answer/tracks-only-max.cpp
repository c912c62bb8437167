// Classic mistake: Kadane's idea with products, keeping only the largest product ending here;
// a later negative can never turn a very negative product into a big positive one.
class Solution {
public:
    int maxProduct(vector<int>& nums) {
        int cur = nums[0], best = nums[0];
        for (size_t i = 1; i < nums.size(); ++i) {
            cur = max(nums[i], cur * nums[i]);
            best = max(best, cur);
        }
        return best;
    }
};
