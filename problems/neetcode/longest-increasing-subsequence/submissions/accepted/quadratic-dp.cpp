// O(n^2) DP: len[i] = 1 + max len[j] over j < i with nums[j] < nums[i]; 3*10^6 steps at n = 2500.
class Solution {
public:
    int lengthOfLIS(vector<int>& nums) {
        int n = nums.size(), best = 0;
        vector<int> len(n, 1);
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < i; ++j)
                if (nums[j] < nums[i]) len[i] = max(len[i], len[j] + 1);
            best = max(best, len[i]);
        }
        return best;
    }
};
