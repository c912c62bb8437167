// Classic mistake: fills up to the taller of the two side maxima instead of the lower one.
class Solution {
public:
    int trap(vector<int>& height) {
        int n = height.size();
        vector<int> left(n), right(n);
        for (int i = 0; i < n; ++i) left[i] = max(i ? left[i - 1] : 0, height[i]);
        for (int i = n - 1; i >= 0; --i) right[i] = max(i + 1 < n ? right[i + 1] : 0, height[i]);
        int water = 0;
        for (int i = 0; i < n; ++i) water += max(left[i], right[i]) - height[i];
        return water;
    }
};
