// The textbook recursive version (recursion up to 10^4 deep on sorted input).
class Solution {
    long long c = 0;
    int partition(vector<int>& a, int lo, int hi) {
        int pivot = a[hi], i = lo;
        for (int j = lo; j < hi; ++j) {
            ++c;
            if (a[j] <= pivot) swap(a[i++], a[j]);
        }
        swap(a[i], a[hi]);
        return i;
    }
    void quicksort(vector<int>& a, int lo, int hi) {
        if (lo >= hi) return;
        int p = partition(a, lo, hi);
        quicksort(a, lo, p - 1);
        quicksort(a, p + 1, hi);
    }
public:
    long long quicksortComparisons(vector<int>& nums) {
        vector<int> a = nums;
        quicksort(a, 0, (int)a.size() - 1);
        return c;
    }
};
