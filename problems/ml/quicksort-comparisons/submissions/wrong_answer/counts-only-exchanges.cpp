// Classic mistake: the counter sits inside the if, so only the elements <= pivot are counted.
class Solution {
    long long c = 0;
    void quicksort(vector<int>& a, int lo, int hi) {
        while (lo < hi) {
            int pivot = a[hi], i = lo;
            for (int j = lo; j < hi; ++j)
                if (a[j] <= pivot) { ++c; swap(a[i++], a[j]); }
            swap(a[i], a[hi]);
            if (i - lo < hi - i) { quicksort(a, lo, i - 1); lo = i + 1; }
            else { quicksort(a, i + 1, hi); hi = i - 1; }
        }
    }
public:
    long long quicksortComparisons(vector<int>& nums) {
        vector<int> a = nums;
        quicksort(a, 0, (int)a.size() - 1);
        return c;
    }
};
