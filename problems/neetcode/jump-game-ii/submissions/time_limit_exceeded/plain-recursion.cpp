// Brute force: the fewest jumps from i is 1 + the minimum over every landing spot, recomputed
// without a memo, so the same suffixes are solved again and again (exponential).
class Solution {
    int from(const vector<int>& nums, int i) {
        int n = nums.size();
        if (i >= n - 1) return 0;
        int best = INT_MAX;
        for (int step = 1; step <= nums[i]; ++step) {
            int r = from(nums, i + step);
            if (r != INT_MAX) best = min(best, r + 1);
        }
        return best;
    }
public:
    int jump(vector<int>& nums) { return from(nums, 0); }
};
