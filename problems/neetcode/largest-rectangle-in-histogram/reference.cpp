class Solution {
public:
    int largestRectangleArea(vector<int>& heights) {
        // Monotonic stack of indices with increasing heights; a sentinel 0 at the end
        // flushes the stack. When a bar is popped, the new top and i bound its rectangle.
        int n = heights.size(), best = 0;
        vector<int> st;
        st.reserve(n);
        for (int i = 0; i <= n; ++i) {
            int h = i == n ? 0 : heights[i];
            while (!st.empty() && heights[st.back()] >= h) {
                int height = heights[st.back()];
                st.pop_back();
                int left = st.empty() ? -1 : st.back();
                best = max(best, height * (i - left - 1));
            }
            st.push_back(i);
        }
        return best;
    }
};
