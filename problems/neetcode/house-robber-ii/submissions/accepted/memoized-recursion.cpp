// Top-down with a memo per case: either house 0 is allowed (and the last one is not) or the reverse.
class Solution {
    int memo[2][101];
    int best(const vector<int>& nums, int i, int end, int k) {
        if (i > end) return 0;
        int& m = memo[k][i];
        if (m >= 0) return m;
        return m = max(best(nums, i + 1, end, k), nums[i] + best(nums, i + 2, end, k));
    }
public:
    int rob(vector<int>& nums) {
        int n = nums.size();
        if (n == 1) return nums[0];
        memset(memo, -1, sizeof memo);
        return max(best(nums, 0, n - 2, 0), best(nums, 1, n - 1, 1));
    }
};
