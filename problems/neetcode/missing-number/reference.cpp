class Solution {
public:
    int missingNumber(vector<int>& nums) {
        // XOR of all indices 0..n and all values: every present number cancels with itself.
        int n = nums.size();
        int acc = n;
        for (int i = 0; i < n; ++i) acc ^= i ^ nums[i];
        return acc;
    }
};
