// Classic mistake (off by one): the level scan also visits the last index, counting one jump too many
// whenever a range ends exactly there (and answering 1 for a single element).
class Solution {
public:
    int jump(vector<int>& nums) {
        int n = nums.size(), jumps = 0, end = 0, far = 0;
        for (int i = 0; i < n; ++i) {
            far = max(far, i + nums[i]);
            if (i == end) {
                ++jumps;
                end = far;
            }
        }
        return jumps;
    }
};
