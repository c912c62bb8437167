// Fix: keep erasing at i while the element there is too small.
class Solution {
public:
    vector<int> dropBelow(vector<int>& nums, int limit) {
        for (size_t i = 0; i < nums.size(); ++i) {
            while (i < nums.size() && nums[i] < limit) nums.erase(nums.begin() + i);
        }
        return nums;
    }
};
