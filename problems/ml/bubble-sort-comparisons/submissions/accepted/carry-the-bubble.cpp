// Simulation that keeps the element being bubbled in a register; counts a whole pass at once.
class Solution {
public:
    vector<int> bubbleSortCount(vector<int>& nums) {
        vector<int> a = nums;
        int n = a.size();
        int comparisons = 0, swaps = 0;
        for (int pass = 1; pass <= n - 1; ++pass) {
            int before = swaps, last = n - pass, cur = a[0];
            for (int i = 0; i < last; ++i) {
                if (cur > a[i + 1]) {
                    a[i] = a[i + 1];  // the smaller one steps left, cur keeps moving right
                    ++swaps;
                } else {
                    a[i] = cur;
                    cur = a[i + 1];
                }
            }
            a[last] = cur;
            comparisons += last;
            if (swaps == before) break;
        }
        a.push_back(comparisons);
        a.push_back(swaps);
        return a;
    }
};
