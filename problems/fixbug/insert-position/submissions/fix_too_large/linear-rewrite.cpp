// A correct rewrite is not a fix: far over the budget of 2 changed lines.
class Solution {
public:
    int searchInsert(vector<int>& nums, int target) {
        int i = 0;
        while (i < (int)nums.size() && nums[i] < target) ++i;
        return i;
    }
};
