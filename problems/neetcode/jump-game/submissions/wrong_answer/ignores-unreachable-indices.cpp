// Classic mistake: extends the reach from every index, even those that cannot be reached.
class Solution {
public:
    bool canJump(vector<int>& nums) {
        int n = nums.size(), reach = 0;
        for (int i = 0; i < n; ++i) reach = max(reach, i + nums[i]);
        return reach >= n - 1;
    }
};
