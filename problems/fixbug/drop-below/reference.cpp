// Fix: after an erase the next element moves into index i; step back so it is examined too.
class Solution {
public:
    vector<int> dropBelow(vector<int>& nums, int limit) {
        for (size_t i = 0; i < nums.size(); ++i) {
            if (nums[i] < limit) nums.erase(nums.begin() + i--);
        }
        return nums;
    }
};
