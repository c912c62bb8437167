// Mistake: lists the contiguous pieces nums[i..j] (plus the empty one) instead of all subsets.
class Solution {
public:
    vector<vector<int>> subsets(vector<int>& nums) {
        vector<vector<int>> result = {{}};
        for (size_t i = 0; i < nums.size(); ++i)
            for (size_t j = i; j < nums.size(); ++j)
                result.push_back(vector<int>(nums.begin() + i, nums.begin() + j + 1));
        return result;
    }
};
