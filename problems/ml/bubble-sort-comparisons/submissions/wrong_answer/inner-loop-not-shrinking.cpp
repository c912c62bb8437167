// Classic mistake: every pass scans the whole array (n - 1 comparisons) instead of shrinking by one.
class Solution {
public:
    vector<int> bubbleSortCount(vector<int>& nums) {
        vector<int> a = nums;
        int n = a.size(), comparisons = 0, swaps = 0;
        for (int pass = 1; pass <= n - 1; ++pass) {
            bool swapped = false;
            for (int i = 0; i < n - 1; ++i) {
                ++comparisons;
                if (a[i] > a[i + 1]) swap(a[i], a[i + 1]), ++swaps, swapped = true;
            }
            if (!swapped) break;
        }
        a.push_back(comparisons);
        a.push_back(swaps);
        return a;
    }
};
