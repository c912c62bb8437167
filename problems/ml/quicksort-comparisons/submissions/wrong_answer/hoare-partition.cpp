// Mistake: Hoare's partition (two indices moving inwards) with its comparisons counted; a
// different algorithm from the Lomuto partition that was asked for.
class Solution {
    long long c = 0;
    void quicksort(vector<int>& a, int lo, int hi) {
        if (lo >= hi) return;
        int pivot = a[lo + (hi - lo) / 2], i = lo - 1, j = hi + 1;
        while (true) {
            do { ++i; ++c; } while (a[i] < pivot);
            do { --j; ++c; } while (a[j] > pivot);
            if (i >= j) break;
            swap(a[i], a[j]);
        }
        quicksort(a, lo, j);
        quicksort(a, j + 1, hi);
    }
public:
    long long quicksortComparisons(vector<int>& nums) {
        vector<int> a = nums;
        quicksort(a, 0, (int)a.size() - 1);
        return c;
    }
};
