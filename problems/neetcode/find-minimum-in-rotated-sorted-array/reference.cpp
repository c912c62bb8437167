class Solution {
public:
    int findMin(vector<int> &nums) {
        // Invariant: the minimum lies in [lo, hi]. nums[mid] > nums[hi] means the drop is
        // to the right of mid; otherwise mid..hi is increasing and the minimum is at or before mid.
        int lo = 0, hi = (int)nums.size() - 1;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (nums[mid] > nums[hi]) lo = mid + 1;
            else hi = mid;
        }
        return nums[lo];
    }
};
