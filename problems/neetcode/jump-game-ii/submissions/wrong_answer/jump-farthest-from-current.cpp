// Classic mistake: always jumps as far as the current index allows (gives up on a 0 rather than looping).
class Solution {
public:
    int jump(vector<int>& nums) {
        int n = nums.size(), i = 0, jumps = 0;
        while (i < n - 1) {
            if (nums[i] == 0) return -1;
            i += nums[i];
            ++jumps;
        }
        return jumps;
    }
};
