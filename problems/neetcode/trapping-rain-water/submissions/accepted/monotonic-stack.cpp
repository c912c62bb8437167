// Decreasing stack of indices: each time a taller bar arrives, fill the layer above the popped bar.
class Solution {
public:
    int trap(vector<int>& height) {
        vector<int> st;
        int water = 0;
        for (int i = 0; i < (int)height.size(); ++i) {
            while (!st.empty() && height[st.back()] < height[i]) {
                int bottom = height[st.back()];
                st.pop_back();
                if (st.empty()) break;
                int left = st.back();
                water += (min(height[left], height[i]) - bottom) * (i - left - 1);
            }
            st.push_back(i);
        }
        return water;
    }
};
