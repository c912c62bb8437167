// Classic mistake: looks for nums[i] < nums[i-1] but stops one short, so a minimum in the last slot is missed.
class Solution {
public:
    int findMin(vector<int> &nums) {
        for (int i = 1; i + 1 < (int)nums.size(); ++i)
            if (nums[i] < nums[i - 1]) return nums[i];
        return nums[0];
    }
};
