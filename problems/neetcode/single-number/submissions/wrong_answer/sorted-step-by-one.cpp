// Classic mistake: after sorting, steps by one instead of two, so the boundary between two pairs looks like the single value.
class Solution {
public:
    int singleNumber(vector<int>& nums) {
        sort(nums.begin(), nums.end());
        int n = nums.size();
        for (int i = 0; i + 1 < n; ++i)
            if (nums[i] != nums[i + 1]) return nums[i];
        return nums[n - 1];
    }
};
