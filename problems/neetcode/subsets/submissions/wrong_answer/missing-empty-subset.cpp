// Mistake: records a subset only after adding an element, so the empty subset is never listed.
class Solution {
    vector<vector<int>> result;
    vector<int> cur;
    void go(const vector<int>& nums, int start) {
        for (int i = start; i < (int)nums.size(); ++i) {
            cur.push_back(nums[i]);
            result.push_back(cur);
            go(nums, i + 1);
            cur.pop_back();
        }
    }
public:
    vector<vector<int>> subsets(vector<int>& nums) {
        result.clear();
        go(nums, 0);
        return result;
    }
};
