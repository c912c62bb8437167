// Classic mistake: after sorting, compares pairs but never considers the last element, so a single largest value is missed.
class Solution {
public:
    int singleNumber(vector<int>& nums) {
        sort(nums.begin(), nums.end());
        for (int i = 1; i < (int)nums.size(); i += 2)
            if (nums[i] != nums[i - 1]) return nums[i - 1];
        return 0;
    }
};
