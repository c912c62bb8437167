// Classic mistake: finds the longest contiguous increasing run, not a subsequence.
class Solution {
public:
    int lengthOfLIS(vector<int>& nums) {
        int best = 1, run = 1;
        for (size_t i = 1; i < nums.size(); ++i) {
            run = nums[i] > nums[i - 1] ? run + 1 : 1;
            best = max(best, run);
        }
        return best;
    }
};
