// Brute force: best(i) = max(best(i + 1), nums[i] + best(i + 2)) without a memo, about 2^69 calls at n = 100.
class Solution {
    int best(const vector<int>& nums, int i) {
        if (i >= (int)nums.size()) return 0;
        return max(best(nums, i + 1), nums[i] + best(nums, i + 2));
    }
public:
    int rob(vector<int>& nums) {
        return best(nums, 0);
    }
};
