// Brute force: tries every start and extends the sum to every end, O(n^2) = 5*10^9 steps at n = 10^5.
class Solution {
public:
    int maxSubArray(vector<int>& nums) {
        int n = nums.size(), best = INT_MIN;
        for (int i = 0; i < n; ++i) {
            int s = 0;
            for (int j = i; j < n; ++j) {
                s += nums[j];
                best = max(best, s);
            }
        }
        return best;
    }
};
