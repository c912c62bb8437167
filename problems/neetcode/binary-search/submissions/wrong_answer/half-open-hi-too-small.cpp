// Classic mistake: half-open window [lo, hi) started with hi = n - 1, so the last element is never looked at.
class Solution {
public:
    int search(vector<int>& nums, int target) {
        int lo = 0, hi = (int)nums.size() - 1;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (nums[mid] == target) return mid;
            if (nums[mid] < target) lo = mid + 1;
            else hi = mid;
        }
        return -1;
    }
};
