// Try both signs for every number: 2^20 ~ 10^6 leaves at most, fast enough at these limits.
class Solution {
    int count(const vector<int>& a, int i, int rest) {
        if (i == (int)a.size()) return rest == 0;
        return count(a, i + 1, rest - a[i]) + count(a, i + 1, rest + a[i]);
    }
public:
    int findTargetSumWays(vector<int>& nums, int target) {
        return count(nums, 0, target);
    }
};
