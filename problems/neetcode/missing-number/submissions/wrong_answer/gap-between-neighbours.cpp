// Classic mistake: after sorting, looks for a gap between neighbours (or returns max + 1), which never notices that 0 is missing.
class Solution {
public:
    int missingNumber(vector<int>& nums) {
        sort(nums.begin(), nums.end());
        for (int i = 0; i + 1 < (int)nums.size(); ++i)
            if (nums[i + 1] != nums[i] + 1) return nums[i] + 1;
        return nums.back() + 1;
    }
};
