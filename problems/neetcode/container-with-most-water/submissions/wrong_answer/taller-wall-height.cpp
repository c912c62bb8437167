// Classic mistake: uses the taller wall's height, as if water could rise above the lower wall.
class Solution {
public:
    int maxArea(vector<int>& height) {
        int lo = 0, hi = (int)height.size() - 1, best = 0;
        while (lo < hi) {
            best = max(best, max(height[lo], height[hi]) * (hi - lo));
            if (height[lo] < height[hi]) ++lo; else --hi;
        }
        return best;
    }
};
