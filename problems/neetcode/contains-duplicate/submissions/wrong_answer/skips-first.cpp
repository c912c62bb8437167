// Classic off-by-one: the scan starts at index 1, so a repeat of nums[0] is never noticed.
class Solution {
public:
    bool containsDuplicate(vector<int>& nums) {
        unordered_set<int> seen;
        for (size_t i = 1; i < nums.size(); ++i)
            if (!seen.insert(nums[i]).second) return true;
        return false;
    }
};
