// Half-open window [lo, hi) narrowing to the first element >= target, then one check.
class Solution {
public:
    int search(vector<int>& nums, int target) {
        int lo = 0, hi = nums.size();
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (nums[mid] < target) lo = mid + 1;
            else hi = mid;
        }
        return lo < (int)nums.size() && nums[lo] == target ? lo : -1;
    }
};
