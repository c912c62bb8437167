// The variables became long long, but accumulate with a start value of 0 still sums in int.
class Solution {
public:
    int balanceIndex(vector<int>& nums) {
        long long total = accumulate(nums.begin(), nums.end(), 0);
        long long left = 0;
        for (int i = 0; i < (int)nums.size(); ++i) {
            if (left == total - left - nums[i]) return i;
            left += nums[i];
        }
        return -1;
    }
};
