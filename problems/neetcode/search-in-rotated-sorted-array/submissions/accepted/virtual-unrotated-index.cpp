// Binary search the unrotated order, mapping index i to (i + pivot) % n.
class Solution {
public:
    int search(vector<int>& nums, int target) {
        int n = nums.size(), pivot = 0;
        for (int lo = 0, hi = n - 1; lo < hi;) {
            int mid = (lo + hi) / 2;
            if (nums[mid] > nums[hi]) lo = mid + 1;
            else hi = mid;
            pivot = lo;
        }
        int lo = 0, hi = n - 1;
        while (lo <= hi) {
            int mid = (lo + hi) / 2, real = (mid + pivot) % n;
            if (nums[real] == target) return real;
            if (nums[real] < target) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }
};
