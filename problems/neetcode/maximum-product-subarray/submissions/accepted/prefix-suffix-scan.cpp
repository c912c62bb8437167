// Prefix and suffix products restarted after zeros: the best subarray of a zero-free run
// always touches one end of it (drop the part before the first or after the last negative).
class Solution {
public:
    int maxProduct(vector<int>& nums) {
        int n = nums.size(), best = nums[0];
        int pre = 1, suf = 1;
        for (int i = 0; i < n; ++i) {
            pre = (pre == 0 ? 1 : pre) * nums[i];
            suf = (suf == 0 ? 1 : suf) * nums[n - 1 - i];
            best = max(best, max(pre, suf));
        }
        return best;
    }
};
