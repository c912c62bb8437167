// Classic mistake: no early exit, so all n - 1 passes always run (n(n-1)/2 comparisons).
class Solution {
public:
    vector<int> bubbleSortCount(vector<int>& nums) {
        vector<int> a = nums;
        int n = a.size(), comparisons = 0, swaps = 0;
        for (int pass = 1; pass <= n - 1; ++pass)
            for (int i = 0; i < n - pass; ++i) {
                ++comparisons;
                if (a[i] > a[i + 1]) swap(a[i], a[i + 1]), ++swaps;
            }
        a.push_back(comparisons);
        a.push_back(swaps);
        return a;
    }
};
