class Solution {
    vector<int> buf;
    long long comparisons = 0;

    // Sorts a[lo, hi): the left half is the first floor(m/2) elements.
    void sortRange(vector<int>& a, int lo, int hi) {
        int m = hi - lo;
        if (m <= 1) return;
        int mid = lo + m / 2;
        sortRange(a, lo, mid);
        sortRange(a, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) {
            ++comparisons;
            if (a[i] <= a[j]) buf[k++] = a[i++];  // ties: the left element first
            else buf[k++] = a[j++];
        }
        while (i < mid) buf[k++] = a[i++];  // copying the rest costs no comparison
        while (j < hi) buf[k++] = a[j++];
        copy(buf.begin() + lo, buf.begin() + hi, a.begin() + lo);
    }

public:
    long long mergeSortComparisons(vector<int>& nums) {
        vector<int> a = nums;
        buf.assign(a.size(), 0);
        comparisons = 0;
        sortRange(a, 0, a.size());
        return comparisons;
    }
};
