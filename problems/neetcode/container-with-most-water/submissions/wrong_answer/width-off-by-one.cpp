// Classic mistake: counts the walls (hi - lo + 1) as the width instead of the distance.
class Solution {
public:
    int maxArea(vector<int>& height) {
        int lo = 0, hi = (int)height.size() - 1, best = 0;
        while (lo < hi) {
            best = max(best, min(height[lo], height[hi]) * (hi - lo + 1));
            if (height[lo] < height[hi]) ++lo; else --hi;
        }
        return best;
    }
};
