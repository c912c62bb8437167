// Classic mistake: starts the XOR from nums[0] and then XORs every element, so nums[0] is cancelled out.
class Solution {
public:
    int singleNumber(vector<int>& nums) {
        int acc = nums[0];
        for (int x : nums) acc ^= x;
        return acc;
    }
};
