// Mistake: implements the "last swap position" variant; the next pass ends where the last swap was,
// which compares fewer pairs than the algorithm stated.
class Solution {
public:
    vector<int> bubbleSortCount(vector<int>& nums) {
        vector<int> a = nums;
        int n = a.size(), comparisons = 0, swaps = 0;
        int bound = n - 1;  // compare pairs (i, i+1) for i < bound
        while (bound > 0) {
            int lastSwap = 0;
            for (int i = 0; i < bound; ++i) {
                ++comparisons;
                if (a[i] > a[i + 1]) swap(a[i], a[i + 1]), ++swaps, lastSwap = i;
            }
            bound = lastSwap;
        }
        a.push_back(comparisons);
        a.push_back(swaps);
        return a;
    }
};
