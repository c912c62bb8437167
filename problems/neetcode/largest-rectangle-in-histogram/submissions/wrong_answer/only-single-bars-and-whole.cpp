// Classic mistake: only tries each bar on its own and the full width at the overall minimum.
class Solution {
public:
    int largestRectangleArea(vector<int>& heights) {
        int n = heights.size();
        int best = *min_element(heights.begin(), heights.end()) * n;
        for (int h : heights) best = max(best, h);
        return best;
    }
};
