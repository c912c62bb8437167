// Brute force: tries every jump length from every index with no memo; on a staircase that
// ends in a wall, every subset of indices is a path that gets tried (2^(n-2) of them).
class Solution {
    bool from(const vector<int>& nums, int i) {
        int n = nums.size();
        if (i >= n - 1) return true;
        for (int step = nums[i]; step >= 1; --step)
            if (from(nums, i + step)) return true;
        return false;
    }
public:
    bool canJump(vector<int>& nums) { return from(nums, 0); }
};
