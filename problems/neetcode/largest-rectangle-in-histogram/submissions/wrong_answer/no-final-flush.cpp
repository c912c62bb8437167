// Classic mistake: bars still on the stack after the loop are never measured.
class Solution {
public:
    int largestRectangleArea(vector<int>& heights) {
        int n = heights.size(), best = 0;
        vector<int> st;
        for (int i = 0; i < n; ++i) {
            while (!st.empty() && heights[st.back()] >= heights[i]) {
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
