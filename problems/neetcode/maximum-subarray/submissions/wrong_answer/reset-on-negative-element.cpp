// Classic mistake: restarts the run at every negative element instead of when the running sum goes negative.
class Solution {
public:
    int maxSubArray(vector<int>& nums) {
        int best = nums[0], here = 0;
        for (int x : nums) {
            if (x < 0) here = x;
            else here = max(here, 0) + x;
            best = max(best, here);
        }
        return best;
    }
};
