// Classic mistake: width measured from the popped bar's own index, not from the bar below it on the stack.
class Solution {
public:
    int largestRectangleArea(vector<int>& heights) {
        int n = heights.size(), best = 0;
        vector<int> st;
        for (int i = 0; i <= n; ++i) {
            int h = i == n ? 0 : heights[i];
            while (!st.empty() && heights[st.back()] >= h) {
                int j = st.back();
                st.pop_back();
                best = max(best, heights[j] * (i - j));
            }
            st.push_back(i);
        }
        return best;
    }
};
