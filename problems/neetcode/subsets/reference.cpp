class Solution {
    vector<vector<int>> result;
    vector<int> chosen;

    void build(const vector<int>& nums, size_t i) {
        if (i == nums.size()) {
            result.push_back(chosen);
            return;
        }
        build(nums, i + 1);  // leave nums[i] out
        chosen.push_back(nums[i]);  // take nums[i]
        build(nums, i + 1);
        chosen.pop_back();
    }

public:
    vector<vector<int>> subsets(vector<int>& nums) {
        result.clear();
        chosen.clear();
        build(nums, 0);
        return result;
    }
};
