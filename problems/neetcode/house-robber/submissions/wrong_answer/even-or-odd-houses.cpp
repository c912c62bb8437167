// Classic mistake: assumes the best plan robs every other house, so compares the even-index and odd-index sums.
class Solution {
public:
    int rob(vector<int>& nums) {
        int even = 0, odd = 0;
        for (int i = 0; i < (int)nums.size(); ++i) (i % 2 ? odd : even) += nums[i];
        return max(even, odd);
    }
};
