// The total is right, but the running left sum still overflows int.
class Solution {
public:
    int balanceIndex(vector<int>& nums) {
        long long total = accumulate(nums.begin(), nums.end(), 0LL);
        int left = 0;
        for (int i = 0; i < (int)nums.size(); ++i) {
            if (left == total - left - nums[i]) return i;
            left += nums[i];
        }
        return -1;
    }
};
