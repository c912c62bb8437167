// Mistake: off by one in the bitmask loop (mask < 2^n - 1), so the subset holding every element is missing.
class Solution {
public:
    vector<vector<int>> subsets(vector<int>& nums) {
        int n = nums.size();
        vector<vector<int>> result;
        for (int mask = 0; mask < (1 << n) - 1; ++mask) {
            vector<int> s;
            for (int j = 0; j < n; ++j)
                if (mask >> j & 1) s.push_back(nums[j]);
            result.push_back(s);
        }
        return result;
    }
};
