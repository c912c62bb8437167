// Fix: both sums can pass 2^31; accumulate also needs a long long start value to sum in long long.
class Solution {
public:
    int balanceIndex(vector<int>& nums) {
        long long total = accumulate(nums.begin(), nums.end(), 0LL);
        long long left = 0;
        for (int i = 0; i < (int)nums.size(); ++i) {
            if (left == total - left - nums[i]) return i;
            left += nums[i];
        }
        return -1;
    }
};
