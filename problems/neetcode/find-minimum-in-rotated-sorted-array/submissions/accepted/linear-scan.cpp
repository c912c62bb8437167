// Linear scan for the minimum: O(n) with n <= 5000 passes, as on LeetCode.
class Solution {
public:
    int findMin(vector<int> &nums) {
        return *min_element(nums.begin(), nums.end());
    }
};
