// Classic mistake: never checks that sum + target is even, so (sum + target) / 2 rounds down to a wrong subset sum.
class Solution {
public:
    int findTargetSumWays(vector<int>& nums, int target) {
        int sum = accumulate(nums.begin(), nums.end(), 0);
        if (abs(target) > sum) return 0;
        int want = (sum + target) / 2;
        vector<int> cnt(want + 1, 0);
        cnt[0] = 1;
        for (int x : nums)
            for (int s = want; s >= x; --s) cnt[s] += cnt[s - x];
        return cnt[want];
    }
};
