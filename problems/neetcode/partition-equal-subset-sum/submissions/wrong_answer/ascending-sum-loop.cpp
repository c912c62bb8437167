// Classic mistake: the 1-D knapsack loop runs over sums from low to high, so an element can be
// added again on top of itself (unbounded knapsack): [2,2,3,5] "reaches" 6 as 3 + 3.
class Solution {
public:
    bool canPartition(vector<int>& nums) {
        int total = accumulate(nums.begin(), nums.end(), 0);
        if (total % 2) return false;
        int half = total / 2;
        vector<char> can(half + 1, 0);
        can[0] = 1;
        for (int x : nums)
            for (int s = x; s <= half; ++s)
                if (can[s - x]) can[s] = 1;
        return can[half];
    }
};
