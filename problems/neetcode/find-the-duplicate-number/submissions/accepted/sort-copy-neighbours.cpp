// Sorts a copy and returns the first value equal to its left neighbour.
class Solution {
public:
    int findDuplicate(vector<int>& nums) {
        vector<int> v = nums;
        sort(v.begin(), v.end());
        for (size_t i = 1; i < v.size(); ++i)
            if (v[i] == v[i - 1]) return v[i];
        return -1;
    }
};
