class Solution {
public:
    int jump(vector<int>& nums) {
        // BFS by levels: [.., end] is reachable with `jumps` jumps, far with one more.
        int n = nums.size(), jumps = 0, end = 0, far = 0;
        for (int i = 0; i < n - 1; ++i) {
            far = max(far, i + nums[i]);
            if (i == end) {
                ++jumps;
                end = far;
                if (end >= n - 1) break;
            }
        }
        return jumps;
    }
};
