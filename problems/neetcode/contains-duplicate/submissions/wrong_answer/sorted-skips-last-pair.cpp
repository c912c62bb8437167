// Classic off-by-one: after sorting, the loop stops one step early and never compares the last two values.
class Solution {
public:
    bool containsDuplicate(vector<int>& nums) {
        vector<int> v = nums;
        sort(v.begin(), v.end());
        for (int i = 0; i + 2 < (int)v.size(); ++i)
            if (v[i] == v[i + 1]) return true;
        return false;
    }
};
