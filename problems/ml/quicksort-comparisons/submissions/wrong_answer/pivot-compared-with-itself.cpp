// Classic mistake: counts m comparisons per partition of m elements, as if the pivot met itself too.
class Solution {
    long long c = 0;
    void quicksort(vector<int>& a, int lo, int hi) {
        if (lo >= hi) return;
        int pivot = a[hi], i = lo;
        for (int j = lo; j <= hi; ++j) {
            ++c;
            if (j < hi && a[j] <= pivot) swap(a[i++], a[j]);
        }
        swap(a[i], a[hi]);
        quicksort(a, lo, i - 1);
        quicksort(a, i + 1, hi);
    }
public:
    long long quicksortComparisons(vector<int>& nums) {
        vector<int> a = nums;
        quicksort(a, 0, (int)a.size() - 1);
        return c;
    }
};
