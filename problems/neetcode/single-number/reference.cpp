class Solution {
public:
    int singleNumber(vector<int>& nums) {
        // x ^ x = 0 and x ^ 0 = x: the pairs cancel, the lonely value remains.
        int acc = 0;
        for (int x : nums) acc ^= x;
        return acc;
    }
};
