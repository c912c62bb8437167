// Mistake: skip test written as i > 0 instead of i > start, so a repeated value can never follow its first copy ([2,2] is lost).
class Solution {
    vector<vector<int>> result;
    vector<int> cur;
    void go(const vector<int>& nums, size_t start) {
        result.push_back(cur);
        for (size_t i = start; i < nums.size(); ++i) {
            if (i > 0 && nums[i] == nums[i - 1]) continue;
            cur.push_back(nums[i]);
            go(nums, i + 1);
            cur.pop_back();
        }
    }
public:
    vector<vector<int>> subsetsWithDup(vector<int>& nums) {
        vector<int> a = nums;
        sort(a.begin(), a.end());
        result.clear();
        cur.clear();
        go(a, 0);
        return result;
    }
};
