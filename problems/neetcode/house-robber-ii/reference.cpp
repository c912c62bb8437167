class Solution {
    // Best total for the straight row nums[lo..hi].
    int line(const vector<int>& nums, int lo, int hi) {
        int prev2 = 0, prev1 = 0;
        for (int i = lo; i <= hi; ++i) {
            int cur = max(prev1, prev2 + nums[i]);
            prev2 = prev1;
            prev1 = cur;
        }
        return prev1;
    }
public:
    int rob(vector<int>& nums) {
        int n = nums.size();
        if (n == 1) return nums[0];
        // House 0 and house n - 1 cannot both be robbed: drop one of them.
        return max(line(nums, 0, n - 2), line(nums, 1, n - 1));
    }
};
