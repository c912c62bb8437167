// Nearest lower bar on each side found by jumping along already computed boundaries.
class Solution {
public:
    int largestRectangleArea(vector<int>& heights) {
        int n = heights.size();
        vector<int> left(n), right(n);
        for (int i = 0; i < n; ++i) {
            int p = i - 1;
            while (p >= 0 && heights[p] >= heights[i]) p = left[p];
            left[i] = p;
        }
        for (int i = n - 1; i >= 0; --i) {
            int p = i + 1;
            while (p < n && heights[p] >= heights[i]) p = right[p];
            right[i] = p;
        }
        int best = 0;
        for (int i = 0; i < n; ++i) best = max(best, heights[i] * (right[i] - left[i] - 1));
        return best;
    }
};
