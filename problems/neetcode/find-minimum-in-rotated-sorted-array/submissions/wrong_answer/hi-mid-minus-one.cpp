// Classic mistake: hi = mid - 1 when the right half is sorted, which throws away the minimum when it sits at mid.
class Solution {
public:
    int findMin(vector<int> &nums) {
        int lo = 0, hi = (int)nums.size() - 1;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (nums[mid] > nums[hi]) lo = mid + 1;
            else hi = mid - 1;
        }
        return nums[max(lo, 0)];
    }
};
