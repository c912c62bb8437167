// Classic mistake: forgets that an odd total cannot be halved; total / 2 rounds down and a
// subset reaching it is taken as a split.
class Solution {
public:
    bool canPartition(vector<int>& nums) {
        int total = accumulate(nums.begin(), nums.end(), 0);
        int half = total / 2;
        vector<char> can(half + 1, 0);
        can[0] = 1;
        for (int x : nums)
            for (int s = half; s >= x; --s)
                if (can[s - x]) can[s] = 1;
        return can[half];
    }
};
