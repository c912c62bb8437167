class Solution {
public:
    int findTargetSumWays(vector<int>& nums, int target) {
        // Plus-signed numbers P and minus-signed N: P - N = target, P + N = sum, so P = (sum + target) / 2.
        // Count subsets of nums with that sum (each element in or out, zeros included).
        int sum = accumulate(nums.begin(), nums.end(), 0);
        if (abs(target) > sum || (sum + target) % 2 != 0) return 0;
        int want = (sum + target) / 2;
        vector<int> cnt(want + 1, 0);
        cnt[0] = 1;
        for (int x : nums)
            for (int s = want; s >= x; --s) cnt[s] += cnt[s - x];
        return cnt[want];
    }
};
