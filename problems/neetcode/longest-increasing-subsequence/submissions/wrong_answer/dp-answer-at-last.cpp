// Classic mistake: the O(n^2) DP, but returns len[n - 1] (the best sequence ending at the last
// element) instead of the maximum over all end positions.
class Solution {
public:
    int lengthOfLIS(vector<int>& nums) {
        int n = nums.size();
        vector<int> len(n, 1);
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < i; ++j)
                if (nums[j] < nums[i]) len[i] = max(len[i], len[j] + 1);
        return len[n - 1];
    }
};
