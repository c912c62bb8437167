// Classic off-by-one: after sorting, the neighbour loop stops one pair early, so a duplicate that
// only sits in the last two places (the largest value, twice) is never seen.
class Solution {
public:
    int findDuplicate(vector<int>& nums) {
        vector<int> v = nums;
        sort(v.begin(), v.end());
        for (size_t i = 1; i + 1 < v.size(); ++i)
            if (v[i] == v[i - 1]) return v[i];
        return -1;
    }
};
