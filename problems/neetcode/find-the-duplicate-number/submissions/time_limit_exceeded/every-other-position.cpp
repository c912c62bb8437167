// Brute force: for each position, scans every other position for the same value; O(n^2), about
// 10^10 comparisons at n = 10^5 when the copies are the last two elements.
class Solution {
public:
    int findDuplicate(vector<int>& nums) {
        int m = nums.size();
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < m; ++j)
                if (i != j && nums[i] == nums[j]) return nums[i];
        return -1;
    }
};
