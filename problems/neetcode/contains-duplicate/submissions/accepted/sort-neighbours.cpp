// Sort a copy, then equal values are neighbours: O(n log n).
class Solution {
public:
    bool containsDuplicate(vector<int>& nums) {
        vector<int> v = nums;
        sort(v.begin(), v.end());
        for (size_t i = 1; i < v.size(); ++i)
            if (v[i] == v[i - 1]) return true;
        return false;
    }
};
