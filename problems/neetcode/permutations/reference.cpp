class Solution {
    vector<vector<int>> result;
    vector<int> current;
    vector<bool> used;

    void build(const vector<int>& nums) {
        if (current.size() == nums.size()) {
            result.push_back(current);
            return;
        }
        for (size_t i = 0; i < nums.size(); ++i) {
            if (used[i]) continue;
            used[i] = true;
            current.push_back(nums[i]);
            build(nums);
            current.pop_back();
            used[i] = false;
        }
    }

public:
    vector<vector<int>> permute(vector<int>& nums) {
        result.clear();
        current.clear();
        used.assign(nums.size(), false);
        build(nums);
        return result;
    }
};
