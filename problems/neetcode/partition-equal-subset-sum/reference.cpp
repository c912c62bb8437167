class Solution {
public:
    bool canPartition(vector<int>& nums) {
        // Bit s of reach: some subset of the elements seen so far sums to s (total <= 20000).
        int total = accumulate(nums.begin(), nums.end(), 0);
        if (total % 2) return false;
        bitset<20001> reach;
        reach[0] = 1;
        for (int x : nums) reach |= reach << x;
        return reach[total / 2];
    }
};
