// Binary search for the first element smaller than nums[0]; none means the array is not rotated.
class Solution {
public:
    int findMin(vector<int> &nums) {
        int lo = 1, hi = nums.size();
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (nums[mid] < nums[0]) hi = mid;
            else lo = mid + 1;
        }
        return lo == (int)nums.size() ? nums[0] : nums[lo];
    }
};
