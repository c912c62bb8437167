// Mistake: bottom-up merge sort (runs of 1, 2, 4, ...); for n not a power of two it merges other halves.
class Solution {
public:
    long long mergeSortComparisons(vector<int>& nums) {
        int n = nums.size();
        vector<int> a = nums, b(n);
        long long c = 0;
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = min(lo + width, n), hi = min(lo + 2 * width, n);
                int i = lo, j = mid, k = lo;
                while (i < mid && j < hi) { ++c; b[k++] = a[i] <= a[j] ? a[i++] : a[j++]; }
                while (i < mid) b[k++] = a[i++];
                while (j < hi) b[k++] = a[j++];
            }
            swap(a, b);
        }
        return c;
    }
};
