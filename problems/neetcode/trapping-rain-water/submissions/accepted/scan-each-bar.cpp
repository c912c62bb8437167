// Brute force: for every bar scan left and right for the maxima, O(n^2) = 4*10^8 steps at
// n = 2*10^4, which fits the limit.
class Solution {
public:
    int trap(vector<int>& height) {
        int n = height.size(), water = 0;
        for (int i = 0; i < n; ++i) {
            int left = 0, right = 0;
            for (int j = i; j >= 0; --j) left = max(left, height[j]);
            for (int j = i; j < n; ++j) right = max(right, height[j]);
            water += min(left, right) - height[i];
        }
        return water;
    }
};
