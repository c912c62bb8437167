// Mistake: removes repeats with a set of vectors but without sorting, so [1,2] and [2,1] both survive.
class Solution {
public:
    vector<vector<int>> subsetsWithDup(vector<int>& nums) {
        int n = nums.size();
        set<vector<int>> unique;
        for (int mask = 0; mask < (1 << n); ++mask) {
            vector<int> s;
            for (int j = 0; j < n; ++j)
                if (mask >> j & 1) s.push_back(nums[j]);
            unique.insert(s);
        }
        return vector<vector<int>>(unique.begin(), unique.end());
    }
};
