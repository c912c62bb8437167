// Mistake: backtracking pushes nums[i] but forgets to pop it after the recursive call, so later subsets carry leftovers.
class Solution {
    vector<vector<int>> result;
    vector<int> cur;
    void go(const vector<int>& nums, int start) {
        result.push_back(cur);
        for (int i = start; i < (int)nums.size(); ++i) {
            cur.push_back(nums[i]);
            go(nums, i + 1);
        }
    }
public:
    vector<vector<int>> subsets(vector<int>& nums) {
        result.clear();
        cur.clear();
        go(nums, 0);
        return result;
    }
};
