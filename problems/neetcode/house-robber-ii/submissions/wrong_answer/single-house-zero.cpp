// Classic mistake: no special case for one house; both ranges [0, n - 2] and [1, n - 1] are empty, so it returns 0.
class Solution {
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
        return max(line(nums, 0, n - 2), line(nums, 1, n - 1));
    }
};
