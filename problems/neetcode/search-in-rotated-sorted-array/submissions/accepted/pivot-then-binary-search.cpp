// Find the rotation point (the minimum) first, then run an ordinary binary search on the right piece.
class Solution {
public:
    int search(vector<int>& nums, int target) {
        int n = nums.size(), lo = 0, hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (nums[mid] > nums[hi]) lo = mid + 1;
            else hi = mid;
        }
        int pivot = lo;
        int a = pivot, b = n - 1;
        if (pivot > 0 && target >= nums[0]) a = 0, b = pivot - 1;
        auto it = lower_bound(nums.begin() + a, nums.begin() + b + 1, target);
        return it != nums.begin() + b + 1 && *it == target ? int(it - nums.begin()) : -1;
    }
};
