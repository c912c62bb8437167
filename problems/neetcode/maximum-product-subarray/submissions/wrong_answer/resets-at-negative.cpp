// Classic mistake: restarts the running product whenever it turns negative (as Kadane restarts
// on a negative sum), so two negatives never get multiplied together.
class Solution {
public:
    int maxProduct(vector<int>& nums) {
        int cur = 1, best = nums[0];
        for (int x : nums) {
            cur *= x;
            best = max(best, cur);
            if (cur <= 0) cur = 1;
        }
        return best;
    }
};
