// Brute force: counts each value over the whole array (every ordered pair, 10^10 comparisons at n = 10^5).
class Solution {
public:
    bool containsDuplicate(vector<int>& nums) {
        for (int x : nums)
            if (count(nums.begin(), nums.end(), x) > 1) return true;
        return false;
    }
};
