// O(n^2): for each element, look for a partner anywhere else; about n^2 / 2 = 4.5*10^8 comparisons
// at n = 3*10^4, which fits the limit (as it does on LeetCode).
class Solution {
public:
    int singleNumber(vector<int>& nums) {
        int n = nums.size();
        for (int i = 0; i < n; ++i) {
            bool paired = false;
            for (int j = 0; j < n && !paired; ++j)
                if (j != i && nums[j] == nums[i]) paired = true;
            if (!paired) return nums[i];
        }
        return 0;
    }
};
