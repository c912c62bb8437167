// Classic mistake: treats +0 and -0 as a single choice, so every zero stops doubling the count.
class Solution {
    int count(const vector<int>& a, int i, int rest) {
        if (i == (int)a.size()) return rest == 0;
        if (a[i] == 0) return count(a, i + 1, rest);
        return count(a, i + 1, rest - a[i]) + count(a, i + 1, rest + a[i]);
    }
public:
    int findTargetSumWays(vector<int>& nums, int target) {
        return count(nums, 0, target);
    }
};
