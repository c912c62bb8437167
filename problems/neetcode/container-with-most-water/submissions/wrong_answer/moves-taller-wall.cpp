// Classic mistake: moves the taller wall inwards instead of the shorter one.
class Solution {
public:
    int maxArea(vector<int>& height) {
        int lo = 0, hi = (int)height.size() - 1, best = 0;
        while (lo < hi) {
            best = max(best, min(height[lo], height[hi]) * (hi - lo));
            if (height[lo] > height[hi]) ++lo; else --hi;
        }
        return best;
    }
};
