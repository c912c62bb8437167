// Correct, but a rewrite: left and right running sums.
class Solution {
public:
    int balanceIndex(vector<int>& nums) {
        long long right = 0, left = 0;
        for (int x : nums) right += x;
        for (int i = 0; i < (int)nums.size(); ++i) {
            right -= nums[i];
            if (left == right) return i;
            left += nums[i];
        }
        return -1;
    }
};
