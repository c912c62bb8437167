// Classic mistake: merges with L[i] < R[j], so on equal values the right element goes first.
class Solution {
    long long c = 0;
    void go(vector<int>& a, vector<int>& b, int lo, int hi) {
        if (hi - lo <= 1) return;
        int mid = lo + (hi - lo) / 2;
        go(a, b, lo, mid);
        go(a, b, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) { ++c; b[k++] = a[i] < a[j] ? a[i++] : a[j++]; }
        while (i < mid) b[k++] = a[i++];
        while (j < hi) b[k++] = a[j++];
        copy(b.begin() + lo, b.begin() + hi, a.begin() + lo);
    }
public:
    long long mergeSortComparisons(vector<int>& nums) {
        vector<int> a = nums, b(nums.size());
        go(a, b, 0, a.size());
        return c;
    }
};
