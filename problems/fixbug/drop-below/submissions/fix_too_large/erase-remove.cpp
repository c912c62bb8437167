// Correct, but a rewrite with the erase-remove idiom.
class Solution {
public:
    vector<int> dropBelow(vector<int>& nums, int limit) {
        nums.erase(remove_if(nums.begin(), nums.end(), [&](int x) { return x < limit; }), nums.end());
        return nums;
    }
};
