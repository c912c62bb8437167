// NeetCode's version: stop when the window is already sorted, else compare mid with the window's left end.
class Solution {
public:
    int findMin(vector<int> &nums) {
        int l = 0, r = (int)nums.size() - 1, res = nums[0];
        while (l <= r) {
            if (nums[l] < nums[r]) { res = min(res, nums[l]); break; }
            int m = l + (r - l) / 2;
            res = min(res, nums[m]);
            if (nums[m] >= nums[l]) l = m + 1;
            else r = m - 1;
        }
        return res;
    }
};
