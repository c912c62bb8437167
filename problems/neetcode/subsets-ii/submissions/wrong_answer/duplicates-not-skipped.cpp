// Mistake: the plain Subsets backtracking, with no skipping of equal values, so [1,2,1] lists [1,2] twice.
class Solution {
    vector<vector<int>> result;
    vector<int> cur;
    void go(const vector<int>& nums, size_t start) {
        result.push_back(cur);
        for (size_t i = start; i < nums.size(); ++i) {
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
