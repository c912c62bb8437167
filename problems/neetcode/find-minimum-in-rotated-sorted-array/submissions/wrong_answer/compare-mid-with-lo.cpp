// Classic mistake: compares nums[mid] with nums[lo] without a sorted-window check, so an unrotated array goes right.
class Solution {
public:
    int findMin(vector<int> &nums) {
        int lo = 0, hi = (int)nums.size() - 1;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (nums[mid] > nums[lo]) lo = mid + 1;
            else hi = mid;
        }
        return nums[lo];
    }
};
