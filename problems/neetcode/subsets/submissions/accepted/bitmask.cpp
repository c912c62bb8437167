// Each number from 0 to 2^n - 1 is a subset: bit j set means nums[j] is in it.
class Solution {
public:
    vector<vector<int>> subsets(vector<int>& nums) {
        int n = nums.size();
        vector<vector<int>> result;
        for (int mask = 0; mask < (1 << n); ++mask) {
            vector<int> s;
            for (int j = 0; j < n; ++j)
                if (mask >> j & 1) s.push_back(nums[j]);
            result.push_back(s);
        }
        return result;
    }
};
