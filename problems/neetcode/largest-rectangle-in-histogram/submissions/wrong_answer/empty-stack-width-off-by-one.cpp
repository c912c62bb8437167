// Classic mistake: when the stack empties after a pop, the width is taken as i - 1 instead of i.
class Solution {
public:
    int largestRectangleArea(vector<int>& heights) {
        int n = heights.size(), best = 0;
        vector<int> st;
        for (int i = 0; i <= n; ++i) {
            int h = i == n ? 0 : heights[i];
            while (!st.empty() && heights[st.back()] >= h) {
                int height = heights[st.back()];
                st.pop_back();
                int width = st.empty() ? i - 1 : i - st.back() - 1;
                best = max(best, height * width);
            }
            st.push_back(i);
        }
        return best;
    }
};
