class Solution {
    vector<vector<int>> result;
    vector<int> chosen;

    // nums is sorted. Every call records the current subset, then extends it by one more element;
    // at one level each distinct value is tried once, so no subset is built twice.
    void build(const vector<int>& nums, size_t start) {
        result.push_back(chosen);
        for (size_t i = start; i < nums.size(); ++i) {
            if (i > start && nums[i] == nums[i - 1]) continue;
            chosen.push_back(nums[i]);
            build(nums, i + 1);
            chosen.pop_back();
        }
    }

public:
    vector<vector<int>> subsetsWithDup(vector<int>& nums) {
        vector<int> sorted = nums;
        sort(sorted.begin(), sorted.end());
        result.clear();
        chosen.clear();
        build(sorted, 0);
        return result;
    }
};
