// Classic mistake: best[i] = nums[i] + best[i - 2] only, so a plan never skips two houses in a row.
class Solution {
public:
    int rob(vector<int>& nums) {
        int n = nums.size();
        if (n == 1) return nums[0];
        vector<int> best(n);
        best[0] = nums[0];
        best[1] = nums[1];
        for (int i = 2; i < n; ++i) best[i] = nums[i] + best[i - 2];
        return max(best[n - 1], best[n - 2]);
    }
};
