// Classic mistake (off by one): demands a reach of n instead of the last index n - 1.
class Solution {
public:
    bool canJump(vector<int>& nums) {
        int n = nums.size(), reach = 0;
        for (int i = 0; i < n && i <= reach; ++i) reach = max(reach, i + nums[i]);
        return reach >= n;
    }
};
