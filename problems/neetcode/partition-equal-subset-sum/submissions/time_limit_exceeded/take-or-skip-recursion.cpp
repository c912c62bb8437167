// Brute force: every element is taken or skipped with no memo (up to 2^200 subsets when no
// split exists).
class Solution {
    bool solve(const vector<int>& a, int i, int left) {
        if (left == 0) return true;
        if (i == (int)a.size() || left < 0) return false;
        return solve(a, i + 1, left - a[i]) || solve(a, i + 1, left);
    }
public:
    bool canPartition(vector<int>& nums) {
        int total = accumulate(nums.begin(), nums.end(), 0);
        if (total % 2) return false;
        return solve(nums, 0, total / 2);
    }
};
