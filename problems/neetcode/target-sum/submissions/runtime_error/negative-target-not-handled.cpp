// Classic mistake: rejects target > sum but not target < -sum, so the subset sum (sum + target) / 2 goes negative and indexes out of range.
class Solution {
public:
    int findTargetSumWays(vector<int>& nums, int target) {
        int sum = accumulate(nums.begin(), nums.end(), 0);
        if (target > sum || (sum + target) % 2 != 0) return 0;
        int want = (sum + target) / 2;
        vector<int> cnt(want + 1, 0);
        cnt[0] = 1;
        for (int x : nums)
            for (int s = want; s >= x; --s) cnt[s] += cnt[s - x];
        return cnt[want];
    }
};
