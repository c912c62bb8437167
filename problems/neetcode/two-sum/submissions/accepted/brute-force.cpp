// O(n^2) pair scan: 5*10^7 additions at n = 10^4, well inside the limit, as on LeetCode.
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        int n = nums.size();
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j)
                if ((long long)nums[i] + nums[j] == target) return {i, j};
        return {};
    }
};
