// Two states per house: the best total when house i is robbed and when it is skipped.
class Solution {
public:
    int rob(vector<int>& nums) {
        int taken = 0, skipped = 0;
        for (int x : nums) {
            int t = skipped + x;
            skipped = max(skipped, taken);
            taken = t;
        }
        return max(taken, skipped);
    }
};
