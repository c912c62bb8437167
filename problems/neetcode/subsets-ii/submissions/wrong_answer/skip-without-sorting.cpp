// Mistake: skips nums[i] == nums[i-1] at each level but never sorts, so equal values that are not adjacent still produce repeats.
class Solution {
    vector<vector<int>> result;
    vector<int> cur;
    void go(const vector<int>& nums, size_t start) {
        result.push_back(cur);
        for (size_t i = start; i < nums.size(); ++i) {
            if (i > start && nums[i] == nums[i - 1]) continue;
            cur.push_back(nums[i]);
            go(nums, i + 1);
            cur.pop_back();
        }
    }
public:
    vector<vector<int>> subsetsWithDup(vector<int>& nums) {
        result.clear();
        cur.clear();
        go(nums, 0);
        return result;
    }
};
