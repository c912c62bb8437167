class Solution {
public:
    int maxArea(vector<int>& height) {
        // Two pointers from the ends; the shorter wall can never do better with a narrower partner.
        int lo = 0, hi = (int)height.size() - 1, best = 0;
        while (lo < hi) {
            best = max(best, min(height[lo], height[hi]) * (hi - lo));
            if (height[lo] < height[hi]) ++lo; else --hi;
        }
        return best;
    }
};
