// Classic mistake: compares neighbours without sorting first, so only adjacent repeats are found.
class Solution {
public:
    bool containsDuplicate(vector<int>& nums) {
        for (size_t i = 1; i < nums.size(); ++i)
            if (nums[i] == nums[i - 1]) return true;
        return false;
    }
};
