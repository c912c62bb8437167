// Fix: sum in long long through an explicit start value type.
class Solution {
public:
    int balanceIndex(vector<int>& nums) {
        long long total = accumulate(nums.begin(), nums.end(), (long long)0);
        long long left = 0;
        for (int i = 0; i < (int)nums.size(); ++i) {
            if (left == total - left - nums[i]) return i;
            left += nums[i];
        }
        return -1;
    }
};
