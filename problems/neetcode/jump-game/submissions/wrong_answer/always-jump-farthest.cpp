// Classic mistake: always takes the longest jump from the current index, which can land on a 0.
class Solution {
public:
    bool canJump(vector<int>& nums) {
        int n = nums.size(), i = 0;
        while (i < n - 1) {
            if (nums[i] == 0) return false;
            i += nums[i];
        }
        return true;
    }
};
