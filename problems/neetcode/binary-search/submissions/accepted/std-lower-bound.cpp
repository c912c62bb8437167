// The standard library's lower_bound does the binary search.
class Solution {
public:
    int search(vector<int>& nums, int target) {
        auto it = lower_bound(nums.begin(), nums.end(), target);
        return it != nums.end() && *it == target ? int(it - nums.begin()) : -1;
    }
};
