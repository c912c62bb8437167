// Prefix sums: the best subarray ending at i is prefix[i+1] minus the smallest earlier prefix.
class Solution {
public:
    int maxSubArray(vector<int>& nums) {
        long long prefix = 0, lowest = 0, best = LLONG_MIN;
        for (int x : nums) {
            prefix += x;
            best = max(best, prefix - lowest);
            lowest = min(lowest, prefix);
        }
        return (int)best;
    }
};
