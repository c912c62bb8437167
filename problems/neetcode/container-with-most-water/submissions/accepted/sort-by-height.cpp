// Walls taken from tallest to shortest: the current wall is the lower one of any pair with a
// wall seen before, so pair it with the leftmost or rightmost taller wall. O(n log n).
class Solution {
public:
    int maxArea(vector<int>& height) {
        int n = height.size();
        vector<int> idx(n);
        iota(idx.begin(), idx.end(), 0);
        sort(idx.begin(), idx.end(), [&](int a, int b) { return height[a] > height[b]; });
        int lo = idx[0], hi = idx[0], best = 0;
        for (int k = 1; k < n; ++k) {
            int i = idx[k];
            best = max(best, height[i] * max(i - lo, hi - i));
            lo = min(lo, i), hi = max(hi, i);
        }
        return best;
    }
};
