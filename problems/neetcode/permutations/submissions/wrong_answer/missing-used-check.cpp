// Mistake: no record of which elements are already placed, so an element can fill several positions ([1,1,1], ...).
class Solution {
    vector<vector<int>> result;
    vector<int> cur;
    void go(const vector<int>& nums) {
        if (cur.size() == nums.size()) { result.push_back(cur); return; }
        for (int x : nums) {
            cur.push_back(x);
            go(nums);
            cur.pop_back();
        }
    }
public:
    vector<vector<int>> permute(vector<int>& nums) {
        result.clear();
        cur.clear();
        go(nums);
        return result;
    }
};
