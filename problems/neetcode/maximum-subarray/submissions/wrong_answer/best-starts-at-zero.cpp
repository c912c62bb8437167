// Classic mistake: the running sum is clamped at 0 and the answer starts at 0, so an all-negative array gives 0.
class Solution {
public:
    int maxSubArray(vector<int>& nums) {
        int best = 0, here = 0;
        for (int x : nums) {
            here = max(0, here + x);
            best = max(best, here);
        }
        return best;
    }
};
