// Classic mistake: takes the maxima strictly left and right of each bar but forgets to
// clamp at 0, so a bar taller than its surroundings subtracts water.
class Solution {
public:
    int trap(vector<int>& height) {
        int n = height.size();
        vector<int> left(n, 0), right(n, 0);
        for (int i = 1; i < n; ++i) left[i] = max(left[i - 1], height[i - 1]);
        for (int i = n - 2; i >= 0; --i) right[i] = max(right[i + 1], height[i + 1]);
        int water = 0;
        for (int i = 0; i < n; ++i) water += min(left[i], right[i]) - height[i];
        return water;
    }
};
