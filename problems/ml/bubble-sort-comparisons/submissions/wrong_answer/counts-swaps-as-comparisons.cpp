// Classic mistake: the comparison counter sits inside the if, so it counts swaps, not comparisons.
class Solution {
public:
    vector<int> bubbleSortCount(vector<int>& nums) {
        vector<int> a = nums;
        int n = a.size(), comparisons = 0, swaps = 0;
        for (int pass = 1; pass <= n - 1; ++pass) {
            bool swapped = false;
            for (int i = 0; i < n - pass; ++i) {
                if (a[i] > a[i + 1]) {
                    ++comparisons;
                    swap(a[i], a[i + 1]);
                    ++swaps;
                    swapped = true;
                }
            }
            if (!swapped) break;
        }
        a.push_back(comparisons);
        a.push_back(swaps);
        return a;
    }
};
