// Classic mistake: the monotonic stack adds one column per popped bar, ignoring the width
// of the layer between the two walls.
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
                water += min(height[st.back()], height[i]) - bottom;
            }
            st.push_back(i);
        }
        return water;
    }
};
