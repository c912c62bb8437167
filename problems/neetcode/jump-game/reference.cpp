class Solution {
public:
    bool canJump(vector<int>& nums) {
        // reach: the farthest index reachable from the indices seen so far.
        int n = nums.size();
        long long reach = 0;
        for (int i = 0; i < n && i <= reach; ++i)
            reach = max(reach, (long long)i + nums[i]);
        return reach >= n - 1;
    }
};
