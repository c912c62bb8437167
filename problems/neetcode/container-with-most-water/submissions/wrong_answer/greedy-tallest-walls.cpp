// Classic mistake: assumes the two tallest walls form the best container.
class Solution {
public:
    int maxArea(vector<int>& height) {
        int n = height.size();
        vector<int> idx(n);
        iota(idx.begin(), idx.end(), 0);
        sort(idx.begin(), idx.end(), [&](int a, int b) { return height[a] > height[b]; });
        return min(height[idx[0]], height[idx[1]]) * abs(idx[0] - idx[1]);
    }
};
